package com.orderplatform.order;

import com.orderplatform.common.security.PublicEndpoints;
import com.orderplatform.common.security.Roles;
import com.orderplatform.common.security.SecurityRules;
import com.orderplatform.common.security.SharedSecret;
import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.SignedWebhook;
import com.orderplatform.common.security.UploadEndpoints;
import com.orderplatform.common.security.WebhookSecret;
import com.orderplatform.order.order.flow.PaymentWebhookService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what on the order service (the platform adds health and API docs before
 * these rules and denies everything after them), and the signature check of the payment
 * service's webhooks.
 *
 * <ul>
 * <li>anyone: {@code POST /api/v1/auth/login}, {@code GET /.well-known/**}, and
 * {@code POST /api/v1/orders/{id}/webhook} (its signature is its authentication);</li>
 * <li>viewer (and so operator and admin): {@code GET /api/v1/orders…} (the list, an
 * order, the figures {@code /stats} and the export {@code /export.csv}, both mapped as
 * literal paths so they never reach {@code /{order_id}}), and
 * {@code PUT /api/v1/users/me/password} for their own password;</li>
 * <li>operator (and admin): {@code POST /api/v1/orders}, {@code PUT
 * /api/v1/orders/{id}/status}, {@code DELETE /api/v1/orders/{id}};</li>
 * <li>admin: {@code /api/v1/users/**} and the import, {@code /api/v1/imports/**} and its
 * column mapping profiles {@code /api/v1/import-profiles/**}.</li>
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

	private static final String IMPORTS = "/api/v1/imports";

	private static final String IMPORT_PROFILES = "/api/v1/import-profiles";

	@Bean
	SecurityRules orderServiceRules() {
		return rules -> rules.requestMatchers(HttpMethod.GET, ORDERS, ORDERS + "/", ORDERS + "/**")
			.hasRole(Roles.VIEWER)
			.requestMatchers(HttpMethod.POST, ORDERS, ORDERS + "/")
			.hasRole(Roles.OPERATOR)
			.requestMatchers(HttpMethod.PUT, ORDERS + "/*/status")
			.hasRole(Roles.OPERATOR)
			.requestMatchers(HttpMethod.DELETE, ORDERS + "/*")
			.hasRole(Roles.OPERATOR)
			.requestMatchers(HttpMethod.PUT, USERS + "/me/password")
			.hasRole(Roles.VIEWER)
			.requestMatchers(USERS, USERS + "/", USERS + "/**")
			.hasRole(Roles.ADMIN)
			.requestMatchers(IMPORTS, IMPORTS + "/**", IMPORT_PROFILES, IMPORT_PROFILES + "/**")
			.hasRole(Roles.ADMIN);
	}

	/**
	 * Login, the key set and the signed payment webhook are open; the platform ignores a
	 * bearer token sent to them, so a stale token left in a browser does not turn a login
	 * into a 401.
	 */
	@Bean
	PublicEndpoints orderServicePublicEndpoints() {
		return PublicEndpoints.of(PublicEndpoints.endpoint(HttpMethod.POST, LOGIN),
				PublicEndpoints.endpoint(HttpMethod.GET, WELL_KNOWN),
				PublicEndpoints.endpoint(HttpMethod.POST, PAYMENT_WEBHOOK));
	}

	/**
	 * The secret the payment service signs its webhooks with; the signature is checked on
	 * the handler itself ({@link SignedWebhook}), against the order the webhook changes.
	 * Required ({@code OMS_WEBHOOK_SECRET}) when the service runs on PostgreSQL.
	 */
	@Bean
	WebhookSecret paymentWebhookSecret(OrderServiceProperties properties, SharedSecrets secrets) {
		return new WebhookSecret(PaymentWebhookService.SIGNING_SECRET,
				secrets.resolve(SharedSecret.WEBHOOK, properties.webhooks().secret()));
	}

	/** The CSV import is the one endpoint that takes a file upload. */
	@Bean
	UploadEndpoints orderServiceUploads() {
		return UploadEndpoints.of(PublicEndpoints.endpoint(HttpMethod.POST, IMPORTS));
	}

}
