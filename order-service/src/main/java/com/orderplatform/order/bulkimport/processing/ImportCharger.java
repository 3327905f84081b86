package com.orderplatform.order.bulkimport.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.WaitFor;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.StatusChange;
import com.orderplatform.order.payment.PaymentClient;
import com.orderplatform.order.payment.PaymentServiceException;
import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Charges a chunk of an import's orders with one batch payment (batch id = the job's id,
 * so a re-sent batch is answered, not charged again). Orders move by conditional updates:
 * pending → payment_processing before the call, then paid, or pending with the reason.
 * Only orders not yet charged are sent: fresh ones, and ones left payment_processing by a
 * run that stopped during the call or waited for the payment service. While the payment
 * service cannot be reached the chunk's orders stay payment_processing and the job waits
 * ({@link ImportOutage}); once the patience has run out they become pending with the
 * reason, as a declined charge does.
 */
@Component
class ImportCharger {

	/**
	 * A crash point of the fault suite ({@link CrashPoint}): the batch payment answered,
	 * its outcome not yet recorded.
	 */
	static final String AFTER_PAYMENT_BATCH = "after-payment-batch";

	private static final Logger log = LoggerFactory.getLogger(ImportCharger.class);

	/** The start of the reason of an order whose payment got no answer. */
	static final String NOT_COMPLETED = "Payment not completed: ";

	private final OrderRepository orders;

	private final PaymentClient payments;

	private final Clock clock;

	ImportCharger(OrderRepository orders, PaymentClient payments, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * Charges the orders of a chunk that are not paid yet.
	 * @param again whether orders whose payment failed before (pending with a reason) are
	 * charged again (a retry), or only those never charged
	 * @param outage the run's view of a payment outage
	 * @throws ImportWaitException when the payment service cannot be reached and the job
	 * waits for it
	 */
	void charge(ImportJob job, List<Long> orderIds, boolean again, ImportOutage outage) {
		Instant now = this.clock.instant();
		List<Order> chunk = this.orders.findAllById(orderIds);
		List<StatusChange> starts = Order.startPayments(chunk.stream()
			.filter(order -> order.status() == OrderState.PENDING && (again || order.statusReason() == null))
			.toList(), now);
		List<Order> toCharge = Order.afterApplied(chunk, starts, this.orders.applyAll(starts))
			.stream()
			.filter(order -> order.status() == OrderState.PAYMENT_PROCESSING)
			.toList();
		if (!toCharge.isEmpty()) {
			settle(job, toCharge, outage);
		}
	}

	private void settle(ImportJob job, List<Order> toCharge, ImportOutage outage) {
		List<BatchPaymentItem> items = toCharge.stream()
			.map(order -> new BatchPaymentItem(order.id(), order.totalAmount(), order.currency()))
			.toList();
		Map<Long, BatchPaymentResult> results = new LinkedHashMap<>();
		String failure = null;
		try {
			BatchPaymentResponse response = this.payments.chargeBatch(job.id(), items);
			CrashPoint.reached(AFTER_PAYMENT_BATCH);
			response.results().forEach(result -> results.put(result.orderId(), result));
			outage.answered(WaitFor.PAYMENTS);
		}
		catch (PaymentServiceException ex) {
			log.warn("Import {}: batch payment of {} orders failed: {}", job.id(), toCharge.size(), ex.getMessage());
			if (ex.isTransientFailure()) {
				outage.unreachable(WaitFor.PAYMENTS, ex.getMessage());
			}
			failure = NOT_COMPLETED + ex.getMessage();
		}
		String unanswered = failure;
		this.orders.applyAll(Order.settlePayments(toCharge, order -> failure(results.get(order.id()), unanswered),
				this.clock.instant()));
	}

	/** Why an order's payment did not complete, or empty when it did. */
	private static Optional<String> failure(BatchPaymentResult result, String failure) {
		if (result != null
				&& (result.outcome() == BatchOutcome.COMPLETED || result.outcome() == BatchOutcome.ALREADY_PAID)) {
			return Optional.empty();
		}
		return Optional.of((result != null) ? "Payment failed: " + Objects.toString(result.reason(), "declined")
				: Objects.requireNonNullElse(failure, NOT_COMPLETED + "no answer for this order"));
	}

	/**
	 * Gives up on the payments a job left in flight while it waited for the payment
	 * service (it is cancelled): those orders become pending with the reason, as after an
	 * outage; if a payment did go through, its webhook still marks the order paid.
	 * @param jobId the job
	 * @param reason why, after {@value #NOT_COMPLETED}
	 * @return how many orders changed
	 */
	int abandonPayments(String jobId, String reason) {
		OrderFilter inFlight = new OrderFilter(OrderState.PAYMENT_PROCESSING, null, jobId, null, null);
		int changed = 0;
		List<Order> page = this.orders.findPage(inFlight, 0, 500);
		while (!page.isEmpty()) {
			Instant now = this.clock.instant();
			int applied = this.orders
				.applyAll(Order.settlePayments(page, order -> Optional.of(NOT_COMPLETED + reason), now))
				.size();
			changed += applied;
			page = (applied > 0) ? this.orders.findPage(inFlight, 0, 500) : List.of();
		}
		return changed;
	}

}
