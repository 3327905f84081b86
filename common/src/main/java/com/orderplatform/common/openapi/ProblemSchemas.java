package com.orderplatform.common.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The one problem-detail schema every error response of the platform refers to: RFC
 * 9457's members and the extensions the platform adds ({@code field} and {@code errors}
 * of a validation problem from {@code web.ProblemDetailsExceptionHandler}, the import's
 * {@code code}).
 */
final class ProblemSchemas {

	static final String PROBLEM = "ProblemDetail";

	static final String FIELD_VIOLATION = "FieldViolation";

	static final String PROBLEM_JSON = "application/problem+json";

	private ProblemSchemas() {
	}

	@SuppressWarnings("rawtypes")
	static void register(Components components) {
		Schema violation = new ObjectSchema().description("One invalid field of a validation problem.")
			.properties(Map.of("field",
					new StringSchema().description("The JSON name with its path, e.g. items[0].quantity"), "message",
					new StringSchema().description("What is wrong with it")))
			.required(List.of("field", "message"));
		Schema problem = new ObjectSchema()
			.description("An RFC 9457 problem detail, as every error of the platform is answered.")
			.properties(Map.of("type", new StringSchema().description("A URI naming the kind of problem, about:blank"),
					"title", new StringSchema().description("The status's reason phrase or a short summary"), "status",
					new IntegerSchema().format("int32").description("The HTTP status code"), "detail",
					new StringSchema().description("What went wrong, for the caller; never a stack trace"), "instance",
					new StringSchema().description("The path that was called"), "field",
					new StringSchema().description("The request field or parameter at fault, in snake_case"), "errors",
					new ArraySchema().items(ref(FIELD_VIOLATION)).description("Every invalid field (400)"), "code",
					new StringSchema()
						.description("A machine-readable reason, e.g. an import file's " + "MALFORMED_CSV")))
			.required(List.of("status"));
		problem.setAdditionalProperties(Boolean.TRUE);
		components.addSchemas(FIELD_VIOLATION, violation);
		components.addSchemas(PROBLEM, problem);
	}

	/**
	 * A problem response.
	 * @param description when it is answered
	 * @return the response
	 */
	static ApiResponse response(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	static Schema ref(String name) {
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

}
