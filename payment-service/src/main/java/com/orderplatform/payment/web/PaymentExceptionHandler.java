package com.orderplatform.payment.web;

import java.util.Map;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;
import com.orderplatform.payment.payment.AmountOutOfRangeException;
import com.orderplatform.payment.payment.BatchTooLargeException;
import com.orderplatform.payment.payment.DuplicateBatchItemException;
import com.orderplatform.payment.payment.DuplicatePaymentException;
import com.orderplatform.payment.payment.IllegalPaymentStateException;
import com.orderplatform.payment.payment.PaymentDeclinedException;
import com.orderplatform.payment.payment.PaymentNotFoundException;
import com.orderplatform.payment.payment.UnsupportedCallbackStatusException;
import com.orderplatform.payment.payment.UnsupportedCurrencyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the payment service's exceptions to problem details: 400 for invalid amounts,
 * currencies and duplicate payments (as spec 5.2.2 has it) and for batches too large or
 * naming an order twice, 402 for a declined payment, 404 for unknown payments, 409 for
 * transitions the payment's state does not allow.
 */
@RestControllerAdvice
class PaymentExceptionHandler extends ProblemDetailsExceptionHandler {

	@ExceptionHandler(AmountOutOfRangeException.class)
	ResponseEntity<ProblemDetail> amountOutOfRange(AmountOutOfRangeException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "amount"));
	}

	@ExceptionHandler(UnsupportedCurrencyException.class)
	ResponseEntity<ProblemDetail> unsupportedCurrency(UnsupportedCurrencyException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "currency"));
	}

	@ExceptionHandler(UnsupportedCallbackStatusException.class)
	ResponseEntity<ProblemDetail> unsupportedCallbackStatus(UnsupportedCallbackStatusException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "status"));
	}

	@ExceptionHandler(DuplicatePaymentException.class)
	ResponseEntity<ProblemDetail> duplicatePayment(DuplicatePaymentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "order_id"));
	}

	@ExceptionHandler(BatchTooLargeException.class)
	ResponseEntity<ProblemDetail> batchTooLarge(BatchTooLargeException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "items"));
	}

	@ExceptionHandler(DuplicateBatchItemException.class)
	ResponseEntity<ProblemDetail> duplicateBatchItem(DuplicateBatchItemException ex) {
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
