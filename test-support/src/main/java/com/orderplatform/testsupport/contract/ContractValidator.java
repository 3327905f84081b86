package com.orderplatform.testsupport.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks exchanges against one OpenAPI 3.1 document: the operation exists, its parameters
 * and body fit, the status is one it documents, and the body has a documented content
 * type and fits that response's schema. Schemas are checked by networknt's validator in
 * its OpenAPI 3.1 dialect, with {@code $ref}s resolved within the document.
 */
public final class ContractValidator {

	private static final String DOCUMENT = "https://contract.test/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode document;

	private final SchemaRegistry schemas;

	private final Operations operations;

	/**
	 * A validator for the given document.
	 * @param json the OpenAPI document, as JSON
	 */
	public ContractValidator(String json) {
		this.document = JSON.readTree(json);
		this.schemas = SchemaRegistry.withDialect(OpenApi31.getInstance(),
				builder -> builder.schemas(Map.of(DOCUMENT, json)));
		this.operations = new Operations(this.document);
	}

	/**
	 * Fails when the exchange contradicts the document.
	 * @param exchange the exchange
	 * @param checkRequest whether to check the request too (not for requests that are
	 * invalid on purpose)
	 */
	public void assertConforms(Exchange exchange, boolean checkRequest) {
		List<String> violations = violations(exchange, checkRequest);
		if (!violations.isEmpty()) {
			throw new AssertionError("The exchange " + exchange + " contradicts the service's OpenAPI document:\n  "
					+ String.join("\n  ", violations));
		}
	}

	/**
	 * What in the exchange contradicts the document.
	 * @param exchange the exchange
	 * @param checkRequest whether to check the request too
	 * @return the violations, empty when it conforms
	 */
	public List<String> violations(Exchange exchange, boolean checkRequest) {
		Operations.Match match = this.operations.find(exchange.method(), exchange.path());
		if (match == null) {
			return (checkRequest && this.operations.documentsApi(exchange.path()))
					? List.of("no operation " + exchange.method() + " " + exchange.path() + " in the document")
					: List.of();
		}
		List<String> violations = new ArrayList<>();
		if (checkRequest) {
			new RequestCheck(this, match).check(exchange, violations);
		}
		checkResponse(exchange, match, violations);
		return violations;
	}

	private void checkResponse(Exchange exchange, Operations.Match match, List<String> violations) {
		JsonNode responses = match.operation().path("responses");
		String status = Integer.toString(exchange.status());
		JsonNode response = responses.has(status) ? responses.get(status) : responses.get("default");
		if (response == null) {
			violations.add("status " + status + " of " + match.id() + " is not documented (documented: "
					+ names(responses) + ")");
			return;
		}
		if (exchange.responseBody().length == 0) {
			return;
		}
		String pointer = match.pointer() + "/responses/" + escape(responses.has(status) ? status : "default");
		checkContent(response.path("content"), pointer, exchange.responseType(), exchange.responseBody(),
				"response " + status + " of " + match.id(), violations);
	}

	void checkContent(JsonNode content, String pointer, String contentType, byte[] body, String what,
			List<String> violations) {
		String mediaType = (contentType != null) ? contentType.split(";")[0].trim().toLowerCase(Locale.ROOT) : null;
		if (mediaType == null || !content.has(mediaType)) {
			violations.add(what + " has content type " + contentType + ", documented: " + names(content));
			return;
		}
		if (!mediaType.endsWith("json")) {
			return;
		}
		JsonNode value;
		try {
			value = JSON.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			violations.add(what + " is not JSON: " + ex.getOriginalMessage());
			return;
		}
		validate(pointer + "/content/" + escape(mediaType) + "/schema", value, what, violations);
	}

	void validate(String schemaPointer, JsonNode value, String what, List<String> violations) {
		Schema schema = this.schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + schemaPointer));
		for (Error error : schema.validate(value)) {
			violations.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage());
		}
	}

	static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

	static String names(JsonNode object) {
		List<String> names = new ArrayList<>();
		for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext();) {
			names.add(it.next());
		}
		return names.toString();
	}

}
