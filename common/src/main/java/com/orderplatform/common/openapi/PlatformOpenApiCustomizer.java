package com.orderplatform.common.openapi;

import java.util.List;
import java.util.Map;

import com.orderplatform.common.security.PublicEndpoints;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The document-wide rules: the shared problem-detail schema, the bearer scheme, one path
 * for a mapping with and without a trailing slash, and per operation the security the
 * platform enforces. An operation of a service's {@link PublicEndpoints} (and a signed
 * webhook) needs no token; every other one needs a bearer token and may answer 401 (no,
 * invalid, expired or revoked token) and 403 (the role may not). Schemas only responses
 * use have every property required ({@link ResponseSchemas}).
 */
class PlatformOpenApiCustomizer implements GlobalOpenApiCustomizer {

	static final String BEARER = "bearer";

	private final List<PublicEndpoints.Endpoint> publicEndpoints;

	PlatformOpenApiCustomizer(List<PublicEndpoints> publicEndpoints) {
		this.publicEndpoints = publicEndpoints.stream()
			.flatMap(endpoints -> endpoints.matchers().stream())
			.filter(PublicEndpoints.Endpoint.class::isInstance)
			.map(PublicEndpoints.Endpoint.class::cast)
			.toList();
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.setComponents(components);
		ProblemSchemas.register(components);
		components.addSecuritySchemes(BEARER,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("A token from the order service's POST /api/v1/auth/login, accepted by all three"));
		openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
		if (openApi.getPaths() == null) {
			return;
		}
		// A mapping of both "/api/v1/orders" and "/api/v1/orders/" is one operation for a
		// client.
		openApi.getPaths()
			.keySet()
			.removeIf(
					path -> path.endsWith("/") && openApi.getPaths().containsKey(path.substring(0, path.length() - 1)));
		openApi.getPaths().forEach((path, item) -> secure(path, item));
		ResponseSchemas.requireAllProperties(openApi);
		Patterns.apply(openApi);
	}

	private void secure(String path, PathItem item) {
		for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
			Operation operation = entry.getValue();
			boolean signed = operation.getSecurity() != null && operation.getSecurity().isEmpty();
			if (signed || isPublic(HttpMethod.valueOf(entry.getKey().name()), path)) {
				operation.setSecurity(List.of());
				continue;
			}
			operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
			operation.getResponses()
				.putIfAbsent("401",
						ProblemSchemas.response("No token, or an invalid, expired, foreign or revoked one"));
			operation.getResponses().putIfAbsent("403", ProblemSchemas.response("The token's role may not do this"));
		}
	}

	private boolean isPublic(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.publicEndpoints.stream()
			.anyMatch(endpoint -> endpoint.method().equals(method)
					&& PathPatternParser.defaultInstance.parse(endpoint.pattern()).matches(container));
	}

}
