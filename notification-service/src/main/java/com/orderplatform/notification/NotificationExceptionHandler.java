package com.orderplatform.notification;

import java.util.Map;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;
import com.orderplatform.notification.notification.IllegalNotificationStateException;
import com.orderplatform.notification.notification.NotificationNotFoundException;
import com.orderplatform.notification.ratelimit.RateLimitExceededException;
import com.orderplatform.notification.template.TemplateRenderingException;
import com.orderplatform.notification.template.UnknownTemplateException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the notification service's exceptions into problem details. */
@RestControllerAdvice
class NotificationExceptionHandler extends ProblemDetailsExceptionHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotificationNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknownTemplate(UnknownTemplateException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(),
				Map.of("field", "template_name", "available_templates", ex.availableNames()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unrenderable(TemplateRenderingException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", ex.field()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException ex) {
		ResponseEntity<ProblemDetail> problem = problem(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		return ResponseEntity.status(problem.getStatusCode())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem.getBody());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> illegalState(IllegalNotificationStateException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

}
