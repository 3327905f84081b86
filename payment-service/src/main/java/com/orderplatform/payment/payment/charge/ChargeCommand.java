package com.orderplatform.payment.payment.charge;

import java.util.List;

import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.ProcessPaymentRequest;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.payment.gateway.PaymentGateway;
import com.orderplatform.payment.payment.PaymentLimits;

/**
 * What the charge pipeline is asked to do: the orders to charge, the batch that charges
 * them ({@code null} for a single payment), and the kind of request, which decides the
 * two things a single payment does differently from a batch.
 *
 * @param kind single payment or batch
 * @param batchId the batch, {@code null} for a single payment
 * @param items the orders, each at most once, in request order
 */
record ChargeCommand(Kind kind, String batchId, List<ChargeItem> items) {

	/**
	 * A single payment: a batch of one without a batch id. Its amount and currency are
	 * checked at once, so an invalid request is refused naming its field before anything
	 * is looked up.
	 * @throws com.orderplatform.payment.payment.AmountOutOfRangeException when the amount
	 * is outside 100..1,000,000 JPY
	 * @throws com.orderplatform.payment.payment.UnsupportedCurrencyException for any
	 * currency but JPY
	 */
	static ChargeCommand single(ProcessPaymentRequest request) {
		PaymentLimits.check(request.amount(), request.currency());
		return new ChargeCommand(Kind.SINGLE, null, List.of(ChargeItem.of(request)));
	}

	static ChargeCommand batch(BatchPaymentRequest request) {
		return new ChargeCommand(Kind.BATCH, request.batchId(), request.items().stream().map(ChargeItem::of).toList());
	}

	List<Long> orderIds() {
		return this.items.stream().map(ChargeItem::orderId).toList();
	}

	/**
	 * Single payment or batch.
	 */
	enum Kind {

		/**
		 * One order, charged with {@link PaymentGateway#charge}; its new status is
		 * announced ({@code PaymentStatusChanged}), so the order service gets a webhook.
		 */
		SINGLE {
			@Override
			List<ChargeResult> call(PaymentGateway gateway, List<ChargeRequest> requests) {
				return List.of(gateway.charge(requests.getFirst()));
			}
		},

		/**
		 * Many orders, charged with one {@link PaymentGateway#chargeBatch}; nothing is
		 * announced (1,000 webhooks at once), the batch's answer carries every outcome.
		 */
		BATCH {
			@Override
			List<ChargeResult> call(PaymentGateway gateway, List<ChargeRequest> requests) {
				return gateway.chargeBatch(requests);
			}
		};

		/**
		 * The one gateway call of a request.
		 * @param gateway the gateway
		 * @param requests the charges, in order
		 * @return one result per charge, in order
		 */
		abstract List<ChargeResult> call(PaymentGateway gateway, List<ChargeRequest> requests);

		boolean announcesChanges() {
			return this == SINGLE;
		}

	}

}
