package com.orderplatform.order;

import java.time.Clock;
import java.util.List;

import com.orderplatform.common.security.ProblemResponses;
import com.orderplatform.common.security.Roles;
import com.orderplatform.common.security.SecurityRules;
import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.SignedWebhookFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what on the order service (the platform adds health and API docs before
 * these rules and denies everything after them), and the signature check of the payment
 * service's webhooks.
 *
 * <ul>
 * <li>anyone: {@code POST /api/v1/auth/login}, {@code GET /.well-known/**}, and
 * {@code POST /api/v1/orders/{id}/webhook} (its signature is its authentication);</li>
 * <li>viewer (and so operator and admin): {@code GET /api/v1/orders…};</li>
 * <li>operator (and admin): {@code POST /api/v1/orders}, {@code PUT
 * /api/v1/orders/{id}/status}, {@code DELETE /api/v1/orders/{id}};</li>
 * <li>admin: {@code /api/v1/users/**}.</li>
 * </ul>
 * The {@code service} role of the other services' calls is granted nothing here.
 */
@Configuration(proxyBeanMethods = false)
class OrderServiceSecurity {

	static final String LOGIN = "/api/v1/auth/login";

	static final String WELL_KNOWN = "/.well-known/**";

	static final String PAYMENT_WEBHOOK = "/api/v1/orders/*/webhook";

	private static final String ORDERS = "/api/v1/orders";

	private static final String USERS = "/api/v1/users";

	@Bean
	SecurityRules orderServiceRules() {
		return rules -> rules.requestMatchers(publicEndpoints())
			.permitAll()
			.requestMatchers(HttpMethod.GET, ORDERS, ORDERS + "/", ORDERS + "/**")
			.hasRole(Roles.VIEWER)
			.requestMatchers(HttpMethod.POST, ORDERS, ORDERS + "/")
			.hasRole(Roles.OPERATOR)
			.requestMatchers(HttpMethod.PUT, ORDERS + "/*/status")
			.hasRole(Roles.OPERATOR)
			.requestMatchers(HttpMethod.DELETE, ORDERS + "/*")
			.hasRole(Roles.OPERATOR)
			.requestMatchers(USERS, USERS + "/", USERS + "/**")
			.hasRole(Roles.ADMIN);
	}

	/**
	 * Reads bearer tokens everywhere but on the public endpoints, so a stale token left
	 * in a browser does not turn a login (or a key set fetch, or a signed webhook) into a
	 * 401.
	 */
	@Bean
	BearerTokenResolver bearerTokenResolver() {
		DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
		RequestMatcher publicEndpoints = publicEndpoints();
		return request -> publicEndpoints.matches(request) ? null : tokens.resolve(request);
	}

	/**
	 * Lets a payment webhook through only with a valid, fresh signature of its body (the
	 * secret the payment service signs with); it runs before Spring Security.
	 */
	@Bean
	FilterRegistrationBean<SignedWebhookFilter> paymentWebhookSignatures(OrderServiceProperties properties, Clock clock,
			ProblemResponses problems) {
		byte[] secret = SharedSecrets.resolve(properties.webhooks().secret(), properties.dataDir(), "webhook.secret");
		FilterRegistrationBean<SignedWebhookFilter> registration = new FilterRegistrationBean<>(
				new SignedWebhookFilter(List.of(PAYMENT_WEBHOOK), secret, clock, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	private static RequestMatcher publicEndpoints() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(paths.matcher(HttpMethod.POST, LOGIN), paths.matcher(HttpMethod.GET, WELL_KNOWN),
				paths.matcher(HttpMethod.POST, PAYMENT_WEBHOOK));
	}

}
