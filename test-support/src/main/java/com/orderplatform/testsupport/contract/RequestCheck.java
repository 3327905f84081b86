package com.orderplatform.testsupport.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The request half of a check: every query parameter is documented and fits its schema,
 * required parameters are there, and the body has a documented content type and fits its
 * schema.
 */
final class RequestCheck {

	private final ContractValidator validator;

	private final Operations.Match match;

	RequestCheck(ContractValidator validator, Operations.Match match) {
		this.validator = validator;
		this.match = match;
	}

	void check(Exchange exchange, List<String> violations) {
		JsonNode parameters = this.match.operation().path("parameters");
		Set<String> documented = new HashSet<>();
		for (int i = 0; i < parameters.size(); i++) {
			JsonNode parameter = parameters.get(i);
			String name = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			String pointer = this.match.pointer() + "/parameters/" + i + "/schema";
			if ("query".equals(in)) {
				documented.add(name);
				checkQuery(exchange.query(), parameter, pointer, violations);
			}
			else if ("header".equals(in) && parameter.path("required").asBoolean(false)
					&& !exchange.headers().containsKey(name.toLowerCase(Locale.ROOT))) {
				violations.add("required header " + name + " of " + this.match.id() + " is missing");
			}
		}
		for (String name : exchange.query().keySet()) {
			if (!documented.contains(name)) {
				violations.add("query parameter " + name + " is not documented for " + this.match.id());
			}
		}
		checkBody(exchange, violations);
	}

	private void checkQuery(Map<String, List<String>> query, JsonNode parameter, String pointer,
			List<String> violations) {
		String name = parameter.path("name").asString();
		List<String> values = query.get(name);
		if (values == null || values.isEmpty()) {
			if (parameter.path("required").asBoolean(false)) {
				violations.add("required query parameter " + name + " of " + this.match.id() + " is missing");
			}
			return;
		}
		for (String value : values) {
			this.validator.validate(pointer, typed(value, parameter.path("schema").path("type").asString("")),
					"query parameter " + name + " of " + this.match.id(), violations);
		}
	}

	/**
	 * A query value as the JSON value its schema's type says it stands for; a value that
	 * does not parse stays a string, so the schema reports it.
	 */
	private static JsonNode typed(String value, String type) {
		try {
			return switch (type) {
				case "integer" -> JsonNodeFactory.instance.numberNode(Long.parseLong(value));
				case "number" -> JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
				case "boolean" -> ("true".equals(value) || "false".equals(value))
						? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value))
						: JsonNodeFactory.instance.stringNode(value);
				default -> JsonNodeFactory.instance.stringNode(value);
			};
		}
		catch (NumberFormatException ex) {
			return JsonNodeFactory.instance.stringNode(value);
		}
	}

	private void checkBody(Exchange exchange, List<String> violations) {
		JsonNode body = this.match.operation().get("requestBody");
		String type = (exchange.requestType() != null) ? exchange.requestType().toLowerCase(Locale.ROOT) : "";
		if (type.startsWith("multipart/")) {
			// A test client's multipart body is not at hand as bytes; its type must be
			// documented.
			if (body == null || !body.path("content").has("multipart/form-data")) {
				violations.add(this.match.id() + " documents no multipart/form-data body, but one was sent");
			}
			return;
		}
		if (exchange.requestBody().length == 0) {
			if (body != null && body.path("required").asBoolean(false)) {
				violations.add("the request body of " + this.match.id() + " is required");
			}
			return;
		}
		if (body == null) {
			violations.add(this.match.id() + " documents no request body, but one was sent");
			return;
		}
		this.validator.checkContent(body.path("content"), this.match.pointer() + "/requestBody", exchange.requestType(),
				exchange.requestBody(), "request body of " + this.match.id(), violations);
	}

}
