package com.orderplatform.order.order.flow;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.orderplatform.order.order.Order;
import com.orderplatform.order.payment.PaymentClient;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;

import org.springframework.stereotype.Component;

/**
 * Asks the payment service, before a webhook changes an order, whether the reported
 * transaction is the order's payment and has the reported outcome (and, when completed,
 * the order's amount). A valid signature proves who sent a report; this proves the report
 * is current, so a late report of an earlier attempt or a mix-up between orders cannot
 * mark an order paid or unpaid.
 */
@Component
class PaymentConfirmation {

	private final PaymentClient payments;

	PaymentConfirmation(PaymentClient payments) {
		this.payments = payments;
	}

	/**
	 * Confirms a report.
	 * @param order the order the report is about
	 * @param transactionId the reported transaction
	 * @param status the reported outcome, {@code COMPLETED} or {@code FAILED}
	 * @throws UnconfirmedPaymentException when the payment service says otherwise
	 * @throws com.orderplatform.order.payment.PaymentServiceException when it cannot be
	 * asked
	 */
	void confirm(Order order, String transactionId, PaymentStatus status) {
		String reported = "transaction " + transactionId + " " + status.name().toLowerCase(Locale.ROOT);
		Optional<PaymentView> found = this.payments.findByOrder(order.id());
		if (found.isEmpty()) {
			throw new UnconfirmedPaymentException(order.id(), reported, "the order has no payment");
		}
		PaymentView payment = found.get();
		if (!Objects.equals(payment.transactionId(), transactionId)) {
			throw new UnconfirmedPaymentException(order.id(), reported,
					"its payment " + payment.id() + " has another transaction");
		}
		if (payment.status() != status) {
			throw new UnconfirmedPaymentException(order.id(), reported,
					"its payment " + payment.id() + " is " + payment.status().name().toLowerCase(Locale.ROOT));
		}
		if (status == PaymentStatus.COMPLETED && payment.amount().compareTo(order.totalAmount()) != 0) {
			throw new UnconfirmedPaymentException(order.id(), reported, "its payment " + payment.id() + " is of "
					+ payment.amount().toPlainString() + " JPY, the order of " + order.totalAmount().toPlainString());
		}
	}

}
