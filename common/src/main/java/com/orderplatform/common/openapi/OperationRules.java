package com.orderplatform.common.openapi;

import java.util.Arrays;

import com.orderplatform.common.security.SignedWebhook;
import com.orderplatform.common.security.WebhookSignatures;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * What every operation answers by the platform's rules, read from its handler method, so
 * that no controller has to repeat it: a 400 problem when it takes parameters or a body
 * (validation, malformed JSON, a parameter of the wrong type), 404 when its path names a
 * resource, 413 and 415 when it reads a body, 500 always; a signed webhook's signature
 * header, its 401 and no bearer token; a {@code *.csv} download's 200 is
 * {@code text/csv}, a {@code *.xlsx} download's an Excel workbook. The operation id is
 * the controller's feature and the method ({@code orderList}), stable across builds,
 * unless the method names one. Responses a method declares itself are kept.
 */
class OperationRules implements GlobalOperationCustomizer {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (!StringUtils.hasText(operation.getOperationId()) || isGenerated(operation, handler)) {
			operation.setOperationId(operationId(handler));
		}
		ApiResponses responses = operation.getResponses();
		for (ProblemStatus answer : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
				ProblemStatus.class)) {
			responses.put(Integer.toString(answer.value()), ProblemSchemas.response(answer.when()));
		}
		addRuleProblems(operation, handler);
		// Every error the platform answers is a problem detail, also one a method
		// declares.
		responses.forEach((status, response) -> {
			if (status.matches("[45]\\d\\d")) {
				response.setContent(ProblemSchemas.response(response.getDescription()).getContent());
			}
		});
		if (isDownload(handler, ".csv")) {
			responses.put("200", new ApiResponse().description("The CSV file")
				.content(new Content().addMediaType("text/csv", new MediaType().schema(new StringSchema()))));
		}
		if (isDownload(handler, ".xlsx")) {
			responses.put("200", new ApiResponse().description("The Excel workbook")
				.content(
						new Content().addMediaType(XLSX, new MediaType().schema(new StringSchema().format("binary")))));
		}
		if (handler.hasMethodAnnotation(SignedWebhook.class)) {
			signed(operation);
		}
		FormFields.moveIntoMultipartBody(operation);
		return operation;
	}

	private static void addRuleProblems(Operation operation, HandlerMethod handler) {
		ApiResponses responses = operation.getResponses();
		boolean body = has(handler, RequestBody.class) || takesFiles(handler);
		boolean parameters = body || (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (parameters) {
			responses.putIfAbsent("400", ProblemSchemas.response(
					"The request is invalid: the problem names the field or parameter at fault (`field`, `errors`)"));
		}
		if (has(handler, PathVariable.class)) {
			responses.putIfAbsent("404", ProblemSchemas.response("No such resource"));
		}
		if (body) {
			responses.putIfAbsent("413", ProblemSchemas.response("The body is larger than the service accepts"));
			responses.putIfAbsent("415", ProblemSchemas.response("The body's content type is not one it reads"));
		}
		responses.putIfAbsent("500", ProblemSchemas.response("An unexpected error; the detail quotes the request id"));
	}

	private static void signed(Operation operation) {
		operation.addParametersItem(new HeaderParameter().name(WebhookSignatures.HEADER)
			.required(true)
			.description("t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t\\nMETHOD\\npath\\nbody\"> with the shared "
					+ "secret; at most 5 minutes old")
			.schema(new StringSchema().pattern("^t=\\d+,v1=[0-9a-f]{64}$")));
		operation.getResponses()
			.putIfAbsent("401", ProblemSchemas.response(
					"The signature is missing, wrong, for another resource or " + "too old; nothing was changed"));
		operation.setSecurity(java.util.List.of());
	}

	/** springdoc's own id is the method's name, with a counter when two share it. */
	private static boolean isGenerated(Operation operation, HandlerMethod handler) {
		return operation.getOperationId().equals(handler.getMethod().getName())
				|| operation.getOperationId().startsWith(handler.getMethod().getName() + "_");
	}

	static String operationId(HandlerMethod handler) {
		String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
		return StringUtils.uncapitalize(controller) + StringUtils.capitalize(handler.getMethod().getName());
	}

	/** A download named {@code *.csv} answers the file, whatever the method returns. */
	private static boolean isDownload(HandlerMethod handler, String extension) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return mapping != null && Arrays.stream(mapping.path()).anyMatch(path -> path.endsWith(extension));
	}

	private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
		return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(annotation));
	}

	private static boolean takesFiles(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.map(MethodParameter::getParameterType)
			.anyMatch(MultipartFile.class::isAssignableFrom);
	}

}
