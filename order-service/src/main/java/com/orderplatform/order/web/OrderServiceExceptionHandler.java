package com.orderplatform.order.web;

import java.util.Map;
import java.util.stream.Collectors;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;
import com.orderplatform.order.order.ConcurrentOrderUpdateException;
import com.orderplatform.order.order.IllegalOrderTransitionException;
import com.orderplatform.order.order.InvalidOrderException;
import com.orderplatform.order.order.OrderNotFoundException;
import com.orderplatform.order.order.PaymentManagedStatusException;
import com.orderplatform.order.order.RefundFailedException;
import com.orderplatform.order.order.UnknownPaymentStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The order service's problem details: 404 for an unknown order, 409 for a status change
 * the order's state does not allow, 503 when a cancellation cannot refund because the
 * payment service is unavailable, 400 naming the field for invalid input.
 */
@RestControllerAdvice
class OrderServiceExceptionHandler extends ProblemDetailsExceptionHandler {

	@ExceptionHandler(OrderNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(OrderNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ IllegalOrderTransitionException.class, PaymentManagedStatusException.class,
			ConcurrentOrderUpdateException.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(RefundFailedException.class)
	ResponseEntity<ProblemDetail> refundFailed(RefundFailedException ex) {
		return problem(ex.isTransientFailure() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(InvalidOrderException.class)
	ResponseEntity<ProblemDetail> invalidOrder(InvalidOrderException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", ex.getField()));
	}

	@ExceptionHandler(UnknownPaymentStatusException.class)
	ResponseEntity<ProblemDetail> unknownPaymentStatus(UnknownPaymentStatusException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "payment_status"));
	}

	/**
	 * Names the field when the JSON is well formed but a value has the wrong type
	 * ({@code "quantity": "two"}); anything else gets the generic answer.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException jackson && !jackson.getPath().isEmpty()
				&& jackson.getPath().get(jackson.getPath().size() - 1).getPropertyName() != null) {
			String field = path(jackson);
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					field + ": has a value of the wrong type or format");
			body.setProperty("field", field);
			return ResponseEntity.badRequest().body(body);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	/**
	 * The JSON path of the offending value as the client wrote it:
	 * {@code items[0].quantity}.
	 */
	private static String path(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map(reference -> (reference.getPropertyName() != null) ? "." + reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining());
		return path.startsWith(".") ? path.substring(1) : path;
	}

}
