package com.orderplatform.common.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.orderplatform.common.concurrent.BackgroundWorkers;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.Assert;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The JSON of a bulk endpoint (a batch of payments, a bulk of notifications) read,
 * validated and written on {@link BackgroundWorkers}, not on the request thread. Spring
 * MVC parses a {@code @RequestBody} object and writes the answer on request threads at
 * normal priority; for 1,000 items that is several milliseconds of CPU each way, taken
 * from interactive requests on a busy machine (bench/NOTES.md, "What delays reads during
 * an import"). A controller that uses this class takes its body as bytes
 * ({@code @RequestBody byte[]}, a copy, no parsing) and returns {@link #answer}'s future;
 * the request thread then only moves bytes.
 * <p>
 * The errors are those of Spring MVC's own {@code @Valid @RequestBody}: a body that is
 * not JSON of the type is an {@link HttpMessageNotReadableException}, a constraint
 * violated a {@link MethodArgumentNotValidException} with the same field paths, so the
 * service's problem details do not change.
 */
public final class BulkJson {

	private final JsonMapper json;

	private final SpringValidatorAdapter validator;

	/**
	 * @param json the mapper Spring MVC uses (the platform's JSON conventions)
	 * @param validator the Bean Validation validator Spring MVC uses
	 */
	public BulkJson(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * The parameter of a controller method that takes a bulk body as bytes, which a
	 * validation problem names as Spring MVC would.
	 * @param controller the controller's class
	 * @param method the method's name; it has exactly one {@code @RequestBody byte[]}
	 * parameter
	 * @return the parameter
	 */
	public static MethodParameter body(Class<?> controller, String method) {
		Method handler = Arrays.stream(controller.getDeclaredMethods())
			.filter((candidate) -> candidate.getName().equals(method))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(controller.getName() + " has no method " + method));
		for (int i = 0; i < handler.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(handler, i);
			if (parameter.getParameterType() == byte[].class
					&& AnnotatedElementUtils.hasAnnotation(handler.getParameters()[i], RequestBody.class)) {
				return parameter;
			}
		}
		throw new IllegalArgumentException(handler + " takes no @RequestBody byte[]");
	}

	/**
	 * Reads the body as a {@code type}, validates it, runs the work with it and writes
	 * the work's answer as JSON, all on one of the workers.
	 * @param <T> the request's type
	 * @param workers the background workers
	 * @param body the request's bytes
	 * @param parameter the controller's parameter that took them ({@link #body})
	 * @param type the request's type
	 * @param status the answer's status
	 * @param work what the request does; its answer is written as JSON
	 * @return the answer, or the exception of the reading, the validation or the work
	 */
	public <T> CompletableFuture<ResponseEntity<byte[]>> answer(BackgroundWorkers workers, byte[] body,
			MethodParameter parameter, Class<T> type, HttpStatus status, Function<T, ?> work) {
		Assert.notNull(body, "body must not be null");
		return workers.submit(() -> {
			T request;
			try {
				request = read(body, parameter, type);
			}
			catch (MethodArgumentNotValidException ex) {
				// Spring MVC unwraps it and answers it as it answers a @Valid body.
				throw new CompletionException(ex);
			}
			byte[] answer = this.json.writeValueAsBytes(work.apply(request));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
		});
	}

	<T> T read(byte[] body, MethodParameter parameter, Class<T> type) throws MethodArgumentNotValidException {
		T request;
		try {
			request = this.json.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new HttpMessageNotReadableException("JSON parse error: " + ex.getOriginalMessage(), ex,
					new BytesMessage(body));
		}
		if (request == null) {
			throw new HttpMessageNotReadableException("Required request body is missing", new BytesMessage(body));
		}
		BindingResult errors = new BeanPropertyBindingResult(request, Conventions.getVariableName(request));
		this.validator.validate(request, errors);
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(parameter, errors);
		}
		return request;
	}

	/** The body as the exception of an unreadable one carries it. */
	private record BytesMessage(byte[] bytes) implements HttpInputMessage {

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.bytes);
		}

		@Override
		public HttpHeaders getHeaders() {
			return HttpHeaders.EMPTY;
		}

	}

}
