package com.orderplatform.testsupport.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract check finds what a drifted document or wire would show: a property of the
 * wrong type or null where not allowed, an undocumented status or content type, an
 * unknown query parameter; and it leaves a deliberately invalid request alone when told.
 */
class ContractValidatorTests {

	private static final String DOCUMENT = """
			{"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
			 "paths": {"/api/v1/orders/{order_id}": {"get": {
			   "parameters": [{"name": "order_id", "in": "path", "required": true, "schema": {"type": "integer"}},
			                  {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["ja", "en"]}}],
			   "responses": {
			     "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
			     "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
			  "/api/v1/orders": {"post": {
			   "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
			   "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}}}}}},
			 "components": {"schemas": {"Order": {"type": "object", "required": ["id", "status"],
			   "properties": {"id": {"type": "integer"}, "status": {"type": "string", "enum": ["paid", "pending"]},
			                  "reason": {"type": ["string", "null"]}}}}}}""";

	private final ContractValidator validator = new ContractValidator(DOCUMENT);

	@Test
	void acceptsAnExchangeThatFitsTheDocument() {
		assertThat(this.validator.violations(get("/api/v1/orders/7", Map.of("lang", List.of("ja")), 200,
				"application/json", "{\"id\": 7, \"status\": \"paid\", \"reason\": null}"), true))
			.isEmpty();
	}

	@Test
	void namesTheOperationAndTheMismatchOfAResponseBody() {
		assertThat(this.validator.violations(
				get("/api/v1/orders/7", Map.of(), 200, "application/json", "{\"id\": \"7\", \"status\": \"PAID\"}"),
				true))
			.hasSize(2)
			.allSatisfy(
					violation -> assertThat(violation).startsWith("response 200 of GET /api/v1/orders/{order_id}: "))
			.anySatisfy(violation -> assertThat(violation).contains("/id"))
			.anySatisfy(violation -> assertThat(violation).contains("/status"));
	}

	@Test
	void refusesNullWhereTheDocumentDoesNotAllowIt() {
		assertThat(this.validator.violations(
				get("/api/v1/orders/7", Map.of(), 200, "application/json", "{\"id\": 7, \"status\": null}"), true))
			.contains("response 200 of GET /api/v1/orders/{order_id}: /status null found, string expected");
	}

	@Test
	void refusesAStatusOrContentTypeTheOperationDoesNotDocument() {
		assertThat(this.validator.violations(get("/api/v1/orders/7", Map.of(), 409, "application/json", "{}"), true))
			.containsExactly("status 409 of GET /api/v1/orders/{order_id} is not documented (documented: [200, 404])");
		assertThat(this.validator.violations(get("/api/v1/orders/7", Map.of(), 404, "application/json", "{}"), true))
			.singleElement()
			.asString()
			.contains("content type application/json");
	}

	@Test
	void refusesAnUnknownQueryParameterAndAnUndocumentedPathUnlessTheRequestIsInvalidOnPurpose() {
		Exchange unknown = get("/api/v1/orders/7", Map.of("language", List.of("ja")), 200, "application/json",
				"{\"id\": 7, \"status\": \"paid\"}");
		assertThat(this.validator.violations(unknown, true))
			.containsExactly("query parameter language is not documented for GET /api/v1/orders/{order_id}");
		assertThat(this.validator.violations(unknown, false)).isEmpty();
		assertThat(this.validator.violations(get("/api/v1/nothing", Map.of(), 404, null, ""), true))
			.containsExactly("no operation GET /api/v1/nothing in the document");
	}

	@Test
	void checksARequestBodyAndFailsWithEveryViolation() {
		Exchange post = new Exchange("POST", "/api/v1/orders", Map.of(), Map.of(), "application/json",
				"{\"id\": 1}".getBytes(StandardCharsets.UTF_8), 201, "application/json",
				"{\"id\": 1, \"status\": \"paid\"}".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> this.validator.assertConforms(post, true)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("POST /api/v1/orders → 201")
			.hasMessageContaining("request body of POST /api/v1/orders:")
			.hasMessageContaining("status");
	}

	private static Exchange get(String path, Map<String, List<String>> query, int status, String type, String body) {
		return new Exchange("GET", path, query, Map.of(), null, new byte[0], status, type,
				body.getBytes(StandardCharsets.UTF_8));
	}

}
