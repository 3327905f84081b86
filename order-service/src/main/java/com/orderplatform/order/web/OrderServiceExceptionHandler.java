package com.orderplatform.order.web;

import java.util.Map;
import java.util.Optional;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;
import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportConflictException;
import com.orderplatform.order.bulkimport.ImportExpiredException;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.ImportJobNotFoundException;
import com.orderplatform.order.bulkimport.InvalidImportRequestException;
import com.orderplatform.order.order.IllegalOrderTransitionException;
import com.orderplatform.order.order.InvalidOrderException;
import com.orderplatform.order.order.flow.ConcurrentOrderUpdateException;
import com.orderplatform.order.order.flow.OrderNotFoundException;
import com.orderplatform.order.order.flow.PaymentManagedStatusException;
import com.orderplatform.order.order.flow.RefundFailedException;
import com.orderplatform.order.order.flow.UnconfirmedPaymentException;
import com.orderplatform.order.order.flow.UnknownPaymentStatusException;
import com.orderplatform.order.payment.PaymentServiceException;
import com.orderplatform.order.user.errors.AccountLockedException;
import com.orderplatform.order.user.errors.InvalidCredentialsException;
import com.orderplatform.order.user.errors.InvalidUserException;
import com.orderplatform.order.user.errors.OwnAccountException;
import com.orderplatform.order.user.errors.UserNotFoundException;
import com.orderplatform.order.user.errors.UsernameTakenException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The order service's problem details: 404 for an unknown order or user, 409 for a status
 * change the order's state does not allow and for a taken user name, 503 when a
 * cancellation cannot refund because the payment service is unavailable, 400 naming the
 * field for invalid input, 401 for a failed login and 429 (with {@code Retry-After}) for
 * a login to a locked account.
 */
@RestControllerAdvice
class OrderServiceExceptionHandler extends ProblemDetailsExceptionHandler {

	@ExceptionHandler({ OrderNotFoundException.class, UserNotFoundException.class, ImportJobNotFoundException.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ImportExpiredException.class)
	ResponseEntity<ProblemDetail> gone(ImportExpiredException ex) {
		return problem(HttpStatus.GONE, ex.getMessage());
	}

	@ExceptionHandler({ IllegalOrderTransitionException.class, PaymentManagedStatusException.class,
			ConcurrentOrderUpdateException.class, UsernameTakenException.class, OwnAccountException.class,
			ImportConflictException.class })
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

	@ExceptionHandler(InvalidUserException.class)
	ResponseEntity<ProblemDetail> invalidUser(InvalidUserException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", ex.getField()));
	}

	@ExceptionHandler(InvalidCredentialsException.class)
	ResponseEntity<ProblemDetail> invalidCredentials(InvalidCredentialsException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(body);
	}

	@ExceptionHandler(AccountLockedException.class)
	ResponseEntity<ProblemDetail> accountLocked(AccountLockedException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(body);
	}

	/**
	 * A CSV file refused as a whole: 413 when too large, 400 for an encoding that is not
	 * supported (a bad parameter), 422 for a file that cannot be imported; {@code code}
	 * names the reason.
	 */
	@ExceptionHandler(ImportFileException.class)
	ResponseEntity<ProblemDetail> importFileRefused(ImportFileException ex) {
		HttpStatus status = switch (ex.getCode()) {
			case FILE_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case STORAGE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			case UNSUPPORTED_ENCODING -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		Map<String, Object> properties = (ex.getCode() == FileErrorCode.UNSUPPORTED_ENCODING)
				? Map.of("code", ex.getCode().name(), "field", "encoding") : Map.of("code", ex.getCode().name());
		return problem(status, ex.getMessage(), properties);
	}

	@ExceptionHandler(InvalidImportRequestException.class)
	ResponseEntity<ProblemDetail> invalidImportRequest(InvalidImportRequestException ex) {
		return problem(ex.isUnprocessable() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST,
				ex.getMessage(), Map.of("field", ex.getField()));
	}

	/** An upload over the multipart limit, refused before it reaches the import. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The file is larger than the upload limit of " + ex.getMaxUploadSize()
						+ " bytes. Split it into smaller files.");
		body.setProperty("code", FileErrorCode.FILE_TOO_LARGE.name());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(body);
	}

	/**
	 * A multipart body the server cannot parse (a part name with a NUL byte, a broken
	 * boundary) is the client's mistake, not an internal error. The cause is not echoed:
	 * it may carry the hostile bytes.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableUpload(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST,
				"The upload is not a readable multipart/form-data request (a broken part or an invalid file name);"
						+ " send the file as the form field 'file' with a plain file name.",
				Map.of("field", "file"));
	}

	@ExceptionHandler(UnconfirmedPaymentException.class)
	ResponseEntity<ProblemDetail> unconfirmedPayment(UnconfirmedPaymentException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	/**
	 * The payment service could not be asked (a webhook's confirmation): the caller may
	 * send again later.
	 */
	@ExceptionHandler(PaymentServiceException.class)
	ResponseEntity<ProblemDetail> paymentServiceUnavailable(PaymentServiceException ex) {
		return problem(ex.isTransientFailure() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY,
				ex.getMessage());
	}

	@ExceptionHandler(UnknownPaymentStatusException.class)
	ResponseEntity<ProblemDetail> unknownPaymentStatus(UnknownPaymentStatusException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "payment_status"));
	}

	/**
	 * Names the field when the JSON is well formed but a value has the wrong type
	 * ({@link JsonFieldProblems}); anything else gets the generic answer.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Optional<ProblemDetail> wrongValue = JsonFieldProblems.of(ex);
		if (wrongValue.isPresent()) {
			return ResponseEntity.badRequest().body(wrongValue.get());
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

}
