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

	/** What a caller must get. */
	public enum Outcome {

		/** Anything but 401 and 403: the request reached the controller. */
		ALLOWED,
		/** 401. */
		UNAUTHORIZED,
		/** 403. */
		FORBIDDEN

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
	 * Who may call an endpoint.
	 *
	 * @param publicEndpoint anyone, with or without a token
	 * @param roles the roles (lower case) whose valid token is accepted; ignored when
	 * public
	 */
	public record Rule(boolean publicEndpoint, Set<String> roles) {

		/**
		 * Anyone may call (login, key set, signature-checked webhooks).
		 * @return the rule
		 */
		public static Rule open() {
			return new Rule(true, Set.of());
		}

		/**
		 * Only these roles may call.
		 * @param roles lower-case role names
		 * @return the rule
		 */
		public static Rule roles(String... roles) {
			return new Rule(false, Set.of(roles));
		}

		/**
		 * What the caller must get.
		 * @param caller the caller
		 * @return the outcome
		 */
		public Outcome expectedFor(Caller caller) {
			if (this.publicEndpoint) {
				return Outcome.ALLOWED;
			}
			if (caller.role() == null) {
				return Outcome.UNAUTHORIZED;
			}
			return this.roles.contains(caller.role()) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
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
	 * Asserts that a response is what the caller must get: neither 401 nor 403 when
	 * allowed, otherwise exactly that status as a problem detail.
	 * @param response the response
	 * @param expected the expected outcome
	 */
	public static void assertOutcome(HttpResponse<String> response, Outcome expected) {
		switch (expected) {
			case ALLOWED -> assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
			case UNAUTHORIZED -> assertProblem(response, 401);
			case FORBIDDEN -> assertProblem(response, 403);
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
