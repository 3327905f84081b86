package com.orderplatform.payment.security;

import com.orderplatform.common.security.PublicEndpoints;
import com.orderplatform.common.security.Roles;
import com.orderplatform.common.security.SecurityRules;
import com.orderplatform.common.security.SharedSecret;
import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.WebhookSecret;
import com.orderplatform.payment.gateway.GatewayProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
	 * The secret the gateway signs its callbacks with; the signature is checked on the
	 * handler itself ({@code @SignedWebhook}). On PostgreSQL it must be configured
	 * ({@code OMS_GATEWAY_CALLBACK_SECRET}), as must the one the {@code orderwebhook}
	 * feature signs with.
	 * @param gateway the gateway's settings, with the configured secret if any
	 * @param secrets the service's shared secrets
	 * @return the secret
	 */
	@Bean
	WebhookSecret gatewayCallbackSecret(GatewayProperties gateway, SharedSecrets secrets) {
		return new WebhookSecret(GatewayProperties.CALLBACK_SECRET_NAME,
				secrets.resolve(SharedSecret.GATEWAY_CALLBACK, gateway.callbackSecret()));
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
