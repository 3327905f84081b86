package com.orderplatform.payment.security;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.orderplatform.common.security.ProblemResponses;
import com.orderplatform.common.security.PublicEndpoints;
import com.orderplatform.common.security.Roles;
import com.orderplatform.common.security.SecurityRules;
import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.SignedWebhookFilter;
import com.orderplatform.payment.gateway.GatewayProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;

/**
 * The payment service's authorization rules and the signature check of the gateway's
 * callbacks.
 */
@Configuration(proxyBeanMethods = false)
class PaymentSecurityConfiguration {

	/** The payment gateway's callback, authenticated by its signature. */
	static final String GATEWAY_CALLBACK = "/api/v1/payments/webhook";

	/**
	 * Reading payments is for users (viewer and up) and for the order service, which
	 * looks a payment up before refunding it; paying, one order or a batch, is for the
	 * order service (and admins); refunding for the order service and for an admin's
	 * manual refund.
	 * @return the rules
	 */
	@Bean
	SecurityRules paymentSecurityRules() {
		return rules -> rules
			.requestMatchers(HttpMethod.GET, "/api/v1/payments", "/api/v1/payments/", "/api/v1/payments/**")
			.hasAnyRole(Roles.VIEWER, Roles.SERVICE)
			.requestMatchers(HttpMethod.POST, "/api/v1/payments", "/api/v1/payments/", "/api/v1/payments/batch",
					"/api/v1/payments/refund")
			.hasAnyRole(Roles.SERVICE, Roles.ADMIN);
	}

	/**
	 * Lets a gateway callback reach the controller only with a valid, fresh signature of
	 * its exact body; it runs before Spring Security.
	 * @param gateway the gateway's settings, with the configured secret if any
	 * @param dataDir the data directory holding the shared secret otherwise
	 * @param clock the clock signature timestamps are checked against
	 * @param problems writes the 401 answer
	 * @return the filter's registration
	 */
	@Bean
	FilterRegistrationBean<SignedWebhookFilter> gatewayCallbackSignatures(GatewayProperties gateway,
			@Value("${oms.data-dir}") Path dataDir, Clock clock, ProblemResponses problems) {
		byte[] secret = SharedSecrets.resolve(gateway.callbackSecret(), dataDir,
				GatewayProperties.CALLBACK_SECRET_FILE);
		FilterRegistrationBean<SignedWebhookFilter> registration = new FilterRegistrationBean<>(
				new SignedWebhookFilter(List.of(GATEWAY_CALLBACK), secret, clock, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * The gateway's callback is open: the gateway has no token and authenticates by its
	 * signature (the platform ignores an {@code Authorization} header there, so a stale
	 * one cannot turn a correctly signed callback into a 401).
	 * @return the public endpoints
	 */
	@Bean
	PublicEndpoints paymentPublicEndpoints() {
		return PublicEndpoints.of(PublicEndpoints.endpoint(HttpMethod.POST, GATEWAY_CALLBACK));
	}

}
