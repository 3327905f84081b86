package com.orderplatform.common.openapi;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Bean validation's {@code @Pattern} as JSON Schema must read it: Java matches the whole
 * value, a JSON Schema {@code pattern} any part of it, so a pattern is anchored
 * ({@code JPY} becomes {@code ^(?:JPY)$}); a case-insensitive one ({@code (?i)email|sms})
 * cannot be said in JSON Schema and is dropped, since the wire accepts any case.
 */
final class Patterns {

	private Patterns() {
	}

	@SuppressWarnings("rawtypes")
	static void apply(OpenAPI openApi) {
		Deque<Schema> pending = new ArrayDeque<>();
		if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
			pending.addAll(openApi.getComponents().getSchemas().values());
		}
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().stream().flatMap(item -> item.readOperations().stream()).forEach(operation -> {
				if (operation.getParameters() != null) {
					operation.getParameters()
						.stream()
						.map(p -> p.getSchema())
						.filter(Objects::nonNull)
						.forEach(pending::add);
				}
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody()
						.getContent()
						.values()
						.stream()
						.map(m -> m.getSchema())
						.filter(Objects::nonNull)
						.forEach(pending::add);
				}
			});
		}
		while (!pending.isEmpty()) {
			Schema schema = pending.pop();
			fix(schema);
			children(schema).forEach(pending::add);
		}
	}

	@SuppressWarnings("rawtypes")
	private static void fix(Schema schema) {
		String pattern = schema.getPattern();
		if (pattern == null) {
			return;
		}
		if (pattern.startsWith("(?i)")) {
			schema.setPattern(null);
		}
		else if (!pattern.startsWith("^") || !pattern.endsWith("$")) {
			schema.setPattern("^(?:" + pattern + ")$");
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Stream<Schema> children(Schema schema) {
		Stream<Schema> properties = (schema.getProperties() != null)
				? ((Map<String, Schema>) schema.getProperties()).values().stream() : Stream.empty();
		Stream<Schema> items = (schema.getItems() != null) ? Stream.of(schema.getItems()) : Stream.empty();
		Stream<Schema> composed = Stream.of(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())
			.filter(Objects::nonNull)
			.flatMap(list -> ((Collection<Schema>) list).stream());
		return Stream.of(properties, items, composed).flatMap(s -> s);
	}

}
