package com.orderplatform.common.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.common.security.web.RequestBodyTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Base of every service's {@code @RestControllerAdvice}: turns framework exceptions into
 * RFC 9457 problem details ({@code application/problem+json}) that name the offending
 * field, and makes sure nothing unexpected ever leaks a stack trace or an internal path
 * to a client.
 * <p>
 * A service extends this class, annotates the subclass with {@code @RestControllerAdvice}
 * and adds {@code @ExceptionHandler} methods for its own domain exceptions using
 * {@link #problem}.
 */
public abstract class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

	/**
	 * Builds a problem detail response with the given status and human-readable detail.
	 * @param status the HTTP status
	 * @param detail what went wrong, phrased for the API user
	 * @return the response entity
	 */
	protected static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return problem(status, detail, Map.of());
	}

	/**
	 * Builds a problem detail response carrying extra members (for example
	 * {@code field}).
	 * @param status the HTTP status
	 * @param detail what went wrong, phrased for the API user
	 * @param properties extra members of the problem detail
	 * @return the response entity
	 */
	protected static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
			Map<String, Object> properties) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		properties.forEach(body::setProperty);
		return ResponseEntity.status(status).body(body);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsExceptionHandler::violation)
			.toList();
		return validationProblem(violations,
				ex.getBindingResult()
					.getGlobalErrors()
					.stream()
					.map(error -> new FieldViolation(error.getObjectName(), error.getDefaultMessage()))
					.toList());
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldViolation(parameterName(result.getMethodParameter()),
						error.getDefaultMessage())))
			.toList();
		return validationProblem(violations, List.of());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof RequestBodyTooLargeException tooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
		}
		// The parser's own message can quote internal class names; say what the user can
		// act on.
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON of the expected shape.");
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler(WebhookSignatures.InvalidSignatureException.class)
	ResponseEntity<ProblemDetail> handleInvalidSignature(WebhookSignatures.InvalidSignatureException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "Webhook refused: " + ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		String detail = "Parameter '%s' has an invalid value '%s'.".formatted(ex.getName(), ex.getValue());
		return problem(HttpStatus.BAD_REQUEST, detail, Map.of("field", ex.getName()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		log.error("Unhandled exception", ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An internal error occurred. Quote request id " + RequestIds.current() + " when reporting it.");
		body.setType(URI.create("about:blank"));
		return ResponseEntity.internalServerError().body(body);
	}

	private ResponseEntity<Object> validationProblem(List<FieldViolation> fieldViolations,
			List<FieldViolation> globalViolations) {
		List<FieldViolation> all = new java.util.ArrayList<>(fieldViolations);
		all.addAll(globalViolations);
		String detail = all.isEmpty() ? "The request is invalid."
				: all.stream()
					.map(v -> v.field() + ": " + v.message())
					.sorted()
					.reduce((a, b) -> a + "; " + b)
					.orElseThrow();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		body.setTitle("Validation failed");
		if (!all.isEmpty()) {
			body.setProperty("field", all.stream().map(FieldViolation::field).sorted().findFirst().orElseThrow());
		}
		body.setProperty("errors", all);
		return ResponseEntity.badRequest().body(body);
	}

	/**
	 * The name a client used for a request parameter: the one declared with
	 * {@code @RequestParam}/{@code @PathVariable} when given, otherwise the Java name in
	 * snake_case, as every API name is.
	 */
	private static String parameterName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && !requestParam.name().isEmpty()) {
			return requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null && !pathVariable.name().isEmpty()) {
			return pathVariable.name();
		}
		return JsonNames.snakeCase(String.valueOf(parameter.getParameterName()));
	}

	private static FieldViolation violation(FieldError error) {
		return new FieldViolation(JsonNames.snakeCase(error.getField()), error.getDefaultMessage());
	}

	/**
	 * One invalid field in a validation problem.
	 *
	 * @param field the JSON name of the field, with its path ({@code items[0].quantity})
	 * @param message what is wrong with it
	 */
	public record FieldViolation(String field, String message) {
	}

}
