package com.orderplatform.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Marks every property of a schema that only responses use as required: the services
 * write every property of a record, {@code null} included (Jackson's inclusion
 * {@code always}), so a client may rely on each being there, and a generated client types
 * it as present (nullable only where the schema says so). Schemas that requests use keep
 * the required list bean validation gave them.
 */
final class ResponseSchemas {

	private ResponseSchemas() {
	}

	@SuppressWarnings("rawtypes")
	static void requireAllProperties(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		if (schemas == null || openApi.getPaths() == null) {
			return;
		}
		List<Operation> operations = openApi.getPaths()
			.values()
			.stream()
			.flatMap(item -> item.readOperations().stream())
			.toList();
		Set<String> requests = reachable(schemas,
				operations.stream()
					.filter(operation -> operation.getRequestBody() != null)
					.map(operation -> operation.getRequestBody().getContent()));
		Set<String> responses = reachable(schemas,
				operations.stream()
					.flatMap(operation -> operation.getResponses().values().stream())
					.map(response -> response.getContent()));
		responses.removeAll(requests);
		responses.remove(ProblemSchemas.PROBLEM);
		for (String name : responses) {
			Schema schema = schemas.get(name);
			if (schema != null && schema.getProperties() != null) {
				schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
			}
		}
	}

	@SuppressWarnings("rawtypes")
	private static Set<String> reachable(Map<String, Schema> schemas, Stream<Content> contents) {
		Deque<Schema> pending = new ArrayDeque<>();
		contents.filter(Objects::nonNull)
			.flatMap(content -> content.values().stream())
			.map(mediaType -> mediaType.getSchema())
			.filter(Objects::nonNull)
			.forEach(pending::add);
		Set<String> names = new HashSet<>();
		while (!pending.isEmpty()) {
			Schema schema = pending.pop();
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (names.add(name) && schemas.containsKey(name)) {
					pending.add(schemas.get(name));
				}
				continue;
			}
			children(schema).forEach(pending::add);
		}
		return names;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static List<Schema> children(Schema schema) {
		List<Schema> children = new ArrayList<>();
		if (schema.getProperties() != null) {
			children.addAll(((Map<String, Schema>) schema.getProperties()).values());
		}
		if (schema.getItems() != null) {
			children.add(schema.getItems());
		}
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			children.add(additional);
		}
		Stream.of(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())
			.filter(Objects::nonNull)
			.forEach(list -> children.addAll((Collection<Schema>) list));
		return children;
	}

}
