package com.orderplatform.common.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
	public static Endpoint endpoint(HttpMethod method, String pattern) {
		return new Endpoint(method, pattern, PathPatternRequestMatcher.withDefaults().matcher(method, pattern));
	}

	/**
	 * One public endpoint, which keeps its method and pattern so that the OpenAPI
	 * document can say which operations need no token.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern
	 * @param matcher the matcher that decides
	 */
	public record Endpoint(HttpMethod method, String pattern, RequestMatcher matcher) implements RequestMatcher {

		@Override
		public boolean matches(HttpServletRequest request) {
			return this.matcher.matches(request);
		}

	}

}
