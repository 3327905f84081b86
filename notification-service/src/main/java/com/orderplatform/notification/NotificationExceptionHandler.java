package com.orderplatform.notification;

import java.util.Map;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;
import com.orderplatform.notification.notification.IllegalNotificationStateException;
import com.orderplatform.notification.notification.InvalidBulkItemsException;
import com.orderplatform.notification.notification.NotificationNotFoundException;
import com.orderplatform.notification.notification.TooManyBulkItemsException;
import com.orderplatform.notification.template.TemplateRenderingException;
import com.orderplatform.notification.template.UnknownTemplateException;

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
	ResponseEntity<ProblemDetail> invalidBulkItems(InvalidBulkItemsException ex) {
		ResponseEntity<ProblemDetail> problem = problem(HttpStatus.BAD_REQUEST, ex.getMessage(),
				Map.of("field", ex.problems().getFirst().field(), "errors", ex.problems()));
		problem.getBody().setTitle("Validation failed");
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyBulkItems(TooManyBulkItemsException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), Map.of("field", "items"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> illegalState(IllegalNotificationStateException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

}
