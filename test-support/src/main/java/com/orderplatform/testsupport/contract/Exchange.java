package com.orderplatform.testsupport.contract;

import java.util.List;
import java.util.Map;

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

	@Override
	public String toString() {
		return this.method + " " + this.path + " → " + this.status;
	}

}
