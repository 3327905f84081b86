package com.orderplatform.common.security;

import java.util.List;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The endpoints of a service that take a {@code multipart/form-data} file upload, with
 * its larger limit ({@code spring.servlet.multipart.max-request-size}). Every other
 * request is held to the request body limit and may not be multipart at all, so claiming
 * {@code multipart/form-data} elsewhere gains nothing. Matched like the security rules,
 * on the decoded path routing uses ({@link PublicEndpoints#endpoint}); a spelling of an
 * upload path that does not match simply gets the smaller limit. Declare one bean per
 * service that takes uploads.
 *
 * @param matchers the endpoints
 */
public record UploadEndpoints(List<RequestMatcher> matchers) {

	public UploadEndpoints {
		matchers = List.copyOf(matchers);
	}

	/**
	 * The given endpoints.
	 * @param matchers the endpoints, e.g.
	 * {@code PublicEndpoints.endpoint(HttpMethod.POST, "/api/v1/imports")}
	 * @return the upload endpoints
	 */
	public static UploadEndpoints of(RequestMatcher... matchers) {
		return new UploadEndpoints(List.of(matchers));
	}

}
