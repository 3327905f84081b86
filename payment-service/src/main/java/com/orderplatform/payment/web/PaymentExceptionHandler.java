package com.orderplatform.payment.web;

import java.util.Map;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;
import com.orderplatform.payment.payment.IllegalPaymentStateException;
import com.orderplatform.payment.payment.InvalidPaymentRequestException;
import com.orderplatform.payment.payment.PaymentDeclinedException;
import com.orderplatform.payment.payment.PaymentNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the payment service's exceptions to problem details: 400 naming the field for
 * invalid amounts, currencies and duplicate payments (as spec 5.2.2 has it), for batches
 * too large or naming an order twice, and for a gateway callback's unknown status; 402
 * for a declined payment, 404 for unknown payments, 409 for transitions the payment's
 * state does not allow.
 */
@RestControllerAdvice
class PaymentExceptionHandler extends ProblemDetailsExceptionHandler {

	@ExceptionHandler(InvalidPaymentRequestException.class)
	ResponseEntity<ProblemDetail> invalidRequest(InvalidPaymentRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", ex.field()));
	}

	@ExceptionHandler(PaymentDeclinedException.class)
	ResponseEntity<ProblemDetail> declined(PaymentDeclinedException ex) {
		return problem(HttpStatus.PAYMENT_REQUIRED, ex.getMessage(),
				Map.of("payment_id", ex.paymentId(), "order_id", ex.orderId(), "reason", ex.reason()));
	}

	@ExceptionHandler(PaymentNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(PaymentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalPaymentStateException.class)
	ResponseEntity<ProblemDetail> illegalState(IllegalPaymentStateException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

}
