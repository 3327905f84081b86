package com.orderplatform.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DynamicTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route a service maps (controllers, Actuator, the API description) with
 * every {@link PathVariants spelling} of its path, as every kind of caller, over a raw
 * socket, and holds each answer against the canonical path's answer for the same caller:
 * an equivalent spelling gets exactly the same status; any other spelling is refused
 * (400, 401, 403, 404, 405 or 415) unless the canonical path is, too, in which case it is
 * refused as well. So no spelling reaches a handler that the canonical path keeps a
 * caller from, and no spelling skips a check (token, role, signature) the canonical path
 * makes.
 */
public final class RouteWalk {

	/** Answers that mean "refused before or instead of the handler's work". */
	public static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 405, 415);

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	private RouteWalk() {
	}

	/**
	 * A mapped route.
	 *
	 * @param method the method
	 * @param pattern the path pattern as mapped, e.g. {@code /api/v1/orders/{order_id}}
	 */
	public record Route(HttpMethod method, String pattern) {

		/**
		 * A concrete path of the route: every variable, {@code *} and {@code **} filled
		 * in.
		 * @param value what path variables get
		 * @return the path
		 */
		public String samplePath(String value) {
			return VARIABLE.matcher(this.pattern).replaceAll(value).replace("**", "x").replace("*", "x");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	/**
	 * Who calls.
	 *
	 * @param name a name for messages
	 * @param headers the headers the caller adds to a request for the given method,
	 * canonical path and body (a token, a signature of the canonical path)
	 */
	public record Caller(String name, Headers headers) {

		/**
		 * A caller sending the same {@code Authorization} header on every request.
		 * @param name a name for messages
		 * @param authorization the header value, {@code null} for none
		 * @return the caller
		 */
		public static Caller withAuthorization(String name, String authorization) {
			Map<String, String> headers = (authorization != null) ? Map.of("Authorization", authorization) : Map.of();
			return new Caller(name, (method, path, body) -> headers);
		}

		/**
		 * Every caller of an authorization matrix (anonymous, forged, expired, each
		 * role).
		 * @param authorizationOf the {@code Authorization} header of each, {@code null}
		 * for none
		 * @return the callers
		 */
		public static List<Caller> ofMatrix(Function<AuthorizationMatrix.Caller, String> authorizationOf) {
			return Arrays.stream(AuthorizationMatrix.Caller.values())
				.map(caller -> withAuthorization(caller.name().toLowerCase(Locale.ROOT), authorizationOf.apply(caller)))
				.toList();
		}

	}

	/** The headers of a caller's request. */
	@FunctionalInterface
	public interface Headers {

		/**
		 * The headers.
		 * @param method the method
		 * @param canonicalPath the canonical path the caller means
		 * @param body the body sent, {@code null} for none
		 * @return the headers
		 */
		Map<String, String> of(HttpMethod method, String canonicalPath, byte[] body);

	}

	/**
	 * Every route the application maps, in every request-mapping handler mapping.
	 * @param context the application context
	 * @return the routes, sorted
	 */
	public static List<Route> routes(ApplicationContext context) {
		Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::toString));
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
					}
				}
			}
		}
		return List.copyOf(routes);
	}

	/**
	 * One dynamic test per route: every caller, canonical path and every variant.
	 * @param port the service's port
	 * @param tracer the service's {@link Tracer}, which tells whether a request reached a
	 * controller
	 * @param routes the routes
	 * @param callers the callers
	 * @param pathValue what path variables get (a value no test creates)
	 * @return the tests
	 */
	public static Stream<DynamicTest> walk(int port, Tracer tracer, List<Route> routes, List<Caller> callers,
			String pathValue) {
		return routes.stream()
			.map(route -> DynamicTest.dynamicTest(route.toString(),
					() -> assertRoute(new Sender(port, tracer), route, callers, route.samplePath(pathValue))));
	}

	private static void assertRoute(Sender sender, Route route, List<Caller> callers, String canonical) {
		List<String> violations = new ArrayList<>();
		int checked = 0;
		for (Caller caller : callers) {
			Answer expected = sender.send(route.method(), canonical, caller, canonical);
			for (PathVariants.Variant variant : PathVariants.of(canonical)) {
				Answer answer = sender.send(route.method(), variant.path(), caller, canonical);
				checked++;
				String violation = violation(expected, answer, variant);
				if (violation != null) {
					violations.add("%s as %s: %s %s → %s, canonical %s → %s (%s)".formatted(variant.name(),
							caller.name(), route.method(), variant.path(), answer, canonical, expected, violation));
				}
			}
		}
		assertThat(violations).as("%d spellings of %s checked", checked, route).isEmpty();
	}

	private static String violation(Answer canonical, Answer variant, PathVariants.Variant spelling) {
		if (spelling.equivalent()) {
			return variant.equals(canonical) ? null : "an equivalent spelling must get the same answer";
		}
		if (!REFUSALS.contains(variant.status()) && variant.status() != canonical.status()) {
			return "another spelling must be refused or answered as the canonical path";
		}
		if (variant.reached() && !canonical.reached()) {
			return "it reached a controller the canonical path is kept from";
		}
		if (variant.reached() && REFUSALS.contains(canonical.status()) && variant.status() != canonical.status()) {
			return "it reached the controller without the refusal of the canonical path";
		}
		return null;
	}

	/**
	 * An answer: its status, and whether a controller method was chosen for it (after
	 * authentication and authorization) or any answer but a refusal came back.
	 */
	private record Answer(int status, boolean reached) {

		@Override
		public String toString() {
			return this.status + (this.reached ? " (controller)" : "");
		}

	}

	private record Sender(int port, Tracer tracer) {

		Answer send(HttpMethod method, String path, Caller caller, String canonical) {
			byte[] body = (method == HttpMethod.GET || method == HttpMethod.DELETE || method == HttpMethod.HEAD
					|| method == HttpMethod.OPTIONS) ? null : "{}".getBytes(StandardCharsets.UTF_8);
			Map<String, String> headers = new LinkedHashMap<>(caller.headers().of(method, canonical, body));
			if (body != null) {
				headers.putIfAbsent("Content-Type", "application/json");
			}
			String id = UUID.randomUUID().toString();
			headers.put(Tracer.HEADER, id);
			int status = RawHttp.send(this.port, method.name(), path, headers, body).status();
			return new Answer(status, this.tracer.reached(id) || !REFUSALS.contains(status));
		}

	}

	/**
	 * Records which walk requests a controller method was chosen for: it runs after the
	 * security filters and routing, before argument resolution. Import
	 * {@link TracingConfiguration} into the test to install it.
	 */
	public static final class Tracer implements HandlerInterceptor {

		static final String HEADER = "X-Route-Walk";

		private final Set<String> reached = ConcurrentHashMap.newKeySet();

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String id = request.getHeader(HEADER);
			// An error dispatch (the container's or the firewall's refusal rendered by
			// /error) reaches no controller of the service.
			if (id != null && handler instanceof HandlerMethod && request.getDispatcherType() != DispatcherType.ERROR) {
				this.reached.add(id);
			}
			return true;
		}

		boolean reached(String id) {
			return this.reached.remove(id);
		}

	}

	/** Installs a {@link Tracer} in the service under test. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class TracingConfiguration {

		@Bean
		Tracer routeWalkTracer() {
			return new Tracer();
		}

		@Bean
		WebMvcConfigurer routeWalkTracing(Tracer tracer) {
			return new WebMvcConfigurer() {

				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(tracer);
				}

			};
		}

	}

}
