package com.orderplatform.common.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's authorization rules: which role may call which endpoint. The platform adds
 * the public endpoints (health, API docs) before them and denies everything after them,
 * so an endpoint without a rule is closed, and the service's authorization matrix test
 * notices it.
 */
@FunctionalInterface
public interface SecurityRules {

	/**
	 * Adds the service's rules, e.g.
	 * {@code rules.requestMatchers(HttpMethod.GET, "/api/v1/orders/**").hasRole(Roles.VIEWER)}.
	 * @param rules the registry to add to
	 */
	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
