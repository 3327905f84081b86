package com.orderplatform.order.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Names the field of a well-formed JSON body whose value has the wrong type
 * ({@code "quantity": "two"} in the first item is {@code items[0].quantity}), listing the
 * allowed values of an enum ({@code "role": "root"}), so that such a body is a 400
 * problem naming the field like every other invalid value.
 */
final class JsonFieldProblems {

	private JsonFieldProblems() {
	}

	/**
	 * The problem of a body that Jackson read up to a value of the wrong type.
	 * @param ex why the body could not be read
	 * @return the problem naming the field, or empty for any other unreadable body
	 */
	static Optional<ProblemDetail> of(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof MismatchedInputException jackson && !jackson.getPath().isEmpty()
				&& jackson.getPath().get(jackson.getPath().size() - 1).getPropertyName() != null) {
			String field = path(jackson);
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					field + ": " + expected(jackson));
			body.setProperty("field", field);
			return Optional.of(body);
		}
		return Optional.empty();
	}

	private static String expected(MismatchedInputException ex) {
		Class<?> target = ex.getTargetType();
		if (ex instanceof InvalidFormatException && target != null && target.isEnum()) {
			return "must be one of " + Arrays.stream(target.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
		}
		return "has a value of the wrong type or format";
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
