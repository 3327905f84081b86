package com.orderplatform.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pieces of a service's authorization matrix test: the service's endpoints as Spring
 * MVC knows them (so an endpoint added without a rule fails the test), the callers every
 * endpoint is tried with, and what each caller must get under each rule.
 */
public final class AuthorizationMatrix {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	private AuthorizationMatrix() {
	}

	/** Who calls. */
	public enum Caller {

		ANONYMOUS(null), FORGED_TOKEN(null), EXPIRED_TOKEN(null), VIEWER("viewer"), OPERATOR("operator"),
		ADMIN("admin"), SERVICE("service");

		private final String role;

		Caller(String role) {
			this.role = role;
		}

		/**
		 * The role a valid token of this caller carries.
		 * @return the role, {@code null} for callers without a valid token
		 */
		public String role() {
			return this.role;
		}

	}

	/**
	 * An endpoint: method and path pattern as declared on the controller.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern, e.g. {@code /api/v1/orders/{order_id}}
	 */
	public record Endpoint(HttpMethod method, String pattern) {

		/**
		 * A path matching the pattern, with {@code 1} for every path variable.
		 * @return the concrete path
		 */
		public String samplePath() {
			return PATH_VARIABLE.matcher(this.pattern).replaceAll("1");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	/**
	 * Who may call an endpoint, and what a caller who may gets for the matrix's request
	 * (the sample path and, for writes, the body {@code {}}).
	 *
	 * @param publicEndpoint anyone, with or without a token
	 * @param roles the roles (lower case) whose valid token is accepted; ignored when
	 * public
	 * @param allowedStatus the exact status of an allowed call, e.g. 200, 404 for a
	 * sample id nobody created, 400 for the empty body
	 */
	public record Rule(boolean publicEndpoint, Set<String> roles, int allowedStatus) {

		/**
		 * Anyone may call (login, key set, signature-checked webhooks).
		 * @param allowedStatus the status every caller gets
		 * @return the rule
		 */
		public static Rule open(int allowedStatus) {
			return new Rule(true, Set.of(), allowedStatus);
		}

		/**
		 * Only these roles may call.
		 * @param roles lower-case role names
		 * @return the rule, answering 200 when allowed until {@link #answering} says
		 * otherwise
		 */
		public static Rule roles(String... roles) {
			return new Rule(false, Set.of(roles), 200);
		}

		/**
		 * The same rule with another status for allowed calls.
		 * @param status the exact status of an allowed call
		 * @return the rule
		 */
		public Rule answering(int status) {
			return new Rule(this.publicEndpoint, this.roles, status);
		}

		/**
		 * The exact status the caller must get: the allowed status, 401 without a valid
		 * token, 403 with a role that may not.
		 * @param caller the caller
		 * @return the status
		 */
		public int expectedFor(Caller caller) {
			if (this.publicEndpoint) {
				return this.allowedStatus;
			}
			if (caller.role() == null) {
				return 401;
			}
			return this.roles.contains(caller.role()) ? this.allowedStatus : 403;
		}

	}

	/**
	 * A request to an endpoint's sample path: GET without a body, anything else with the
	 * given JSON body.
	 * @param port the port of the service under test
	 * @param endpoint the endpoint
	 * @param authorization the {@code Authorization} header value, {@code null} for none
	 * @param jsonBody the body of non-GET requests, e.g. {@code "{}"}
	 * @return the request builder, to add headers to
	 */
	public static HttpRequest.Builder request(int port, Endpoint endpoint, String authorization, String jsonBody) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + endpoint.samplePath()));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (endpoint.method() == HttpMethod.GET) {
			return request.GET();
		}
		return request.header("Content-Type", "application/json")
			.method(endpoint.method().name(), HttpRequest.BodyPublishers.ofString(jsonBody));
	}

	/**
	 * Asserts that a response has exactly the expected status; a refusal (401, 403) must
	 * also be a problem detail saying so.
	 * @param response the response
	 * @param expected the expected status
	 */
	public static void assertOutcome(HttpResponse<String> response, int expected) {
		if (expected == 401 || expected == 403) {
			assertProblem(response, expected);
		}
		else {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		}
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status);
	}

	/**
	 * Every endpoint the application's controllers declare under the given path prefixes.
	 * @param context the application context
	 * @param prefixes the path prefixes to include, e.g. {@code /api/}
	 * @return the endpoints, sorted
	 */
	public static List<Endpoint> endpoints(ApplicationContext context, String... prefixes) {
		Set<Endpoint> endpoints = new TreeSet<>(Comparator.comparing(Endpoint::toString));
		Map<String, RequestMappingHandlerMapping> mappings = context.getBeansOfType(RequestMappingHandlerMapping.class);
		for (RequestMappingHandlerMapping mapping : mappings.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (String pattern : info.getPatternValues()) {
					if (List.of(prefixes).stream().anyMatch(pattern::startsWith)) {
						for (RequestMethod method : info.getMethodsCondition().getMethods()) {
							endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
						}
					}
				}
			}
		}
		return List.copyOf(endpoints);
	}

}
