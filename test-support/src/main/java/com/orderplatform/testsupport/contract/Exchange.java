package com.orderplatform.testsupport.contract;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * One HTTP request and its response, as a client saw them.
 *
 * @param method the method, e.g. {@code POST}
 * @param path the decoded path, without the query
 * @param query the query parameters
 * @param headers the request headers (names in lower case)
 * @param requestType the request's content type, or {@code null}
 * @param requestBody the request body, empty when none
 * @param status the response status
 * @param responseType the response's content type, or {@code null}
 * @param responseBody the response body, empty when none
 */
public record Exchange(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
		String requestType, byte[] requestBody, int status, String responseType, byte[] responseBody) {

	/**
	 * The decoded parameters of a raw query string.
	 * @param rawQuery the query as sent, or {@code null}
	 * @return the parameters by name
	 */
	public static Map<String, List<String>> query(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> query = new LinkedHashMap<>();
		UriComponentsBuilder.newInstance()
			.query(rawQuery)
			.build()
			.getQueryParams()
			.forEach((name, values) -> query.put(UriUtils.decode(name, StandardCharsets.UTF_8),
					values.stream().map(v -> (v != null) ? UriUtils.decode(v, StandardCharsets.UTF_8) : "").toList()));
		return query;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + " → " + this.status;
	}

}
