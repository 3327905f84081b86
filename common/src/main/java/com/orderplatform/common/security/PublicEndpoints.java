package com.orderplatform.common.security;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Endpoints of a service that anyone may call (login, the token key set, webhooks whose
 * signature is their authentication). The platform permits them and ignores any bearer
 * token sent to them, so a stale token left in a browser cannot turn a login into a 401.
 * Declare one bean per service.
 *
 * @param matchers the endpoints
 */
public record PublicEndpoints(List<RequestMatcher> matchers) {

	public PublicEndpoints {
		matchers = List.copyOf(matchers);
	}

	/**
	 * The given endpoints.
	 * @param matchers the endpoints, e.g.
	 * {@code endpoint(HttpMethod.POST, "/api/v1/auth/login")}
	 * @return the public endpoints
	 */
	public static PublicEndpoints of(RequestMatcher... matchers) {
		return new PublicEndpoints(List.of(matchers));
	}

	/**
	 * One endpoint.
	 * @param method the HTTP method
	 * @param pattern the path pattern
	 * @return its matcher
	 */
	public static RequestMatcher endpoint(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

}
