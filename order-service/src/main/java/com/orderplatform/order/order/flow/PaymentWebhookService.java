package com.orderplatform.order.order.flow;

import java.util.Locale;
import java.util.Optional;

import com.orderplatform.order.api.PaymentWebhookRequest;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.payment.api.PaymentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Takes the payment service's reports about an order's payment (spec 3.5.3). Every report
 * is idempotent: a repeated or late report finds the order already where it belongs and
 * changes nothing. A report that would change the order is first confirmed with the
 * payment service ({@link PaymentConfirmation}): the transaction must be the order's
 * payment, with the reported outcome.
 * <ul>
 * <li>{@code completed}: payment_processing or pending → paid. From pending it heals an
 * order whose charge call failed (e.g. timed out) although the payment went through; the
 * confirmation email is then sent here, since the creation flow did not.</li>
 * <li>{@code failed}: payment_processing → pending with the reason.</li>
 * <li>{@code refunded}: logged only; refunds are made by cancellation, which cancels the
 * order itself.</li>
 * </ul>
 */
@Service
public class PaymentWebhookService {

	/** The name of the secret the payment service signs its webhooks with. */
	public static final String SIGNING_SECRET = "payment-webhook";

	private static final Logger log = LoggerFactory.getLogger(PaymentWebhookService.class);

	private final OrderTransitions transitions;

	private final OrderNotifier notifier;

	private final PaymentConfirmation confirmation;

	PaymentWebhookService(OrderTransitions transitions, OrderNotifier notifier, PaymentConfirmation confirmation) {
		this.transitions = transitions;
		this.notifier = notifier;
		this.confirmation = confirmation;
	}

	/**
	 * Applies a payment report to an order.
	 * @param orderId the order
	 * @param request the report
	 * @return the order afterwards
	 * @throws UnknownPaymentStatusException when the status is not completed, failed or
	 * refunded
	 * @throws OrderNotFoundException when there is no such order
	 * @throws UnconfirmedPaymentException when the payment service does not confirm a
	 * report that would change the order
	 */
	public Order handle(long orderId, PaymentWebhookRequest request) {
		String status = request.paymentStatus().strip().toLowerCase(Locale.ROOT);
		return switch (status) {
			case "completed" -> completed(orderId, request.transactionId());
			case "failed" -> failed(orderId, request);
			case "refunded" -> refunded(orderId, request.transactionId());
			default -> throw new UnknownPaymentStatusException(request.paymentStatus());
		};
	}

	private Order completed(long orderId, String transactionId) {
		OrderTransitions.Outcome outcome = this.transitions.change(orderId, order -> switch (order.status()) {
			case PAYMENT_PROCESSING -> {
				this.confirmation.confirm(order, transactionId, PaymentStatus.COMPLETED);
				yield Optional.of(order.markPaid(null, this.transitions.now()));
			}
			case PENDING -> {
				this.confirmation.confirm(order, transactionId, PaymentStatus.COMPLETED);
				yield Optional.of(order.markPaid(
						"payment completed after the order had been reverted (transaction " + transactionId + ")",
						this.transitions.now()));
			}
			default -> Optional.empty();
		});
		if (outcome.changedFrom(OrderState.PENDING)) {
			this.notifier.orderConfirmed(outcome.order());
		}
		else if (outcome.applied() == null && outcome.order().status() == OrderState.CANCELLED) {
			log.warn("Order {} is cancelled but its payment completed (transaction {}); the payment needs a refund",
					orderId, transactionId);
		}
		return outcome.order();
	}

	private Order failed(long orderId, PaymentWebhookRequest request) {
		String reason = "payment failed (transaction " + request.transactionId() + ")"
				+ ((request.reason() != null && !request.reason().isBlank()) ? ": " + request.reason() : "");
		return this.transitions.change(orderId, order -> {
			if (order.status() != OrderState.PAYMENT_PROCESSING) {
				return Optional.empty();
			}
			this.confirmation.confirm(order, request.transactionId(), PaymentStatus.FAILED);
			return Optional.of(order.paymentFailed(reason, this.transitions.now()));
		}).order();
	}

	private Order refunded(long orderId, String transactionId) {
		Order order = this.transitions.load(orderId);
		if (order.status() == OrderState.CANCELLED) {
			log.info("Payment of cancelled order {} refunded (transaction {})", orderId, transactionId);
		}
		else {
			// Usual: cancellation refunds before it cancels, so this report can come
			// first.
			log.info("Payment of order {} refunded (transaction {}) while the order is {}; status left unchanged",
					orderId, transactionId, order.status());
		}
		return order;
	}

}
