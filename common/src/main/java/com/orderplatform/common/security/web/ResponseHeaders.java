package com.orderplatform.common.security.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer. An API answer is data, never a page: its
 * Content-Security-Policy lets it load nothing and be framed nowhere, it is not sniffed
 * into another type, not cached, and sends no referrer. Swagger UI, the one page a
 * service serves, may load its own scripts, styles and images, and nothing else. (Spring
 * Security adds {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options:
 * DENY} and {@code Cache-Control: no-store} by default.)
 */
public final class ResponseHeaders {

	/** The policy of every API answer. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	/** The policy of Swagger UI's pages. */
	static final String SWAGGER_UI_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	private ResponseHeaders() {
	}

	public static void apply(HeadersConfigurer<HttpSecurity> headers) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher swaggerUi = new OrRequestMatcher(paths.matcher("/swagger-ui.html"),
				paths.matcher("/swagger-ui/**"));
		headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
					new ContentSecurityPolicyHeaderWriter(API_POLICY)));
	}

}
