package com.orderplatform.common.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.orderplatform.common.management.ManagementServerRequests;
import com.orderplatform.common.security.tokens.RevokedTokenValidator;
import com.orderplatform.common.security.tokens.TrustedIssuers;
import com.orderplatform.common.security.web.ProblemDetailsAccessDeniedHandler;
import com.orderplatform.common.security.web.ProblemDetailsAuthenticationEntryPoint;
import com.orderplatform.common.security.web.ProblemResponses;
import com.orderplatform.common.security.web.RequestBodyLimitFilter;
import com.orderplatform.common.security.web.ResponseHeaders;
import com.orderplatform.common.security.webhook.SignedWebhookCheck;
import com.orderplatform.common.security.webhook.SignedWebhookVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The security every service shares: stateless bearer-token authentication against the
 * trusted issuers, the role hierarchy, problem-detail 401/403 answers, CORS for the
 * dashboard, a request body limit. Health, the probes and API docs are public, and so is
 * everything on Actuator's own port ({@code OMS_MANAGEMENT_PORT}, which this chain also
 * guards); the service's {@link SecurityRules} come next; every other request is denied.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

	/**
	 * Paths anyone may call: health and the probes (a kubelet or balancer has no token)
	 * and the API description.
	 */
	static final String[] PUBLIC_PATHS = { "/livez", "/readyz", "/actuator/health", "/actuator/health/**",
			"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	/**
	 * The service's shared secrets: configured, or kept in the data directory on one
	 * machine; required when its datasource is PostgreSQL.
	 */
	@Bean
	SharedSecrets sharedSecrets(Environment environment) {
		return SharedSecrets.of(environment);
	}

	@Bean
	ProblemResponses problemResponses(JsonMapper json) {
		return new ProblemResponses(json);
	}

	@Bean
	TrustedIssuers trustedIssuers(SecurityProperties properties, ObjectProvider<LocalTokenIssuer> local,
			ObjectProvider<Clock> clock, RevokedTokenValidator revocations) {
		return new TrustedIssuers(properties, Optional.ofNullable(local.getIfAvailable()),
				clock.getIfAvailable(Clock::systemUTC), revocations);
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Roles.ADMIN)
			.implies(Roles.OPERATOR)
			.role(Roles.OPERATOR)
			.implies(Roles.VIEWER)
			.build();
	}

	/**
	 * No observations of Spring Security's own steps. Each request is observed once as
	 * {@code http.server.requests}; with Actuator's observation registry Spring Security
	 * would also wrap each of its filters, the authentication and the authorization in an
	 * observation of its own ({@code spring.security.filterchains},
	 * {@code spring.security.authentications}, {@code spring.security.authorizations}),
	 * which nothing here reads, on the request thread of every request (bench/NOTES.md,
	 * "The reads during an import, a third look").
	 * @return the settings
	 */
	@Bean
	@ConditionalOnMissingBean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id", "Idempotency-Key"));
		cors.setExposedHeaders(List.of("Location", "X-Request-Id", "Retry-After", "Content-Disposition"));
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(SecurityProperties properties,
			ObjectProvider<MultipartProperties> multipart, ObjectProvider<UploadEndpoints> uploadEndpoints,
			ProblemResponses problems) {
		List<RequestMatcher> uploads = uploadEndpoints.orderedStream()
			.flatMap(endpoints -> endpoints.matchers().stream())
			.toList();
		RequestMatcher anyUpload = uploads.isEmpty() ? request -> false : new OrRequestMatcher(uploads);
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), uploadLimit(multipart, properties),
						anyUpload, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	SignedWebhookVerifier signedWebhookVerifier(ObjectProvider<WebhookSecret> secrets, ObjectProvider<Clock> clock,
			SecurityProperties properties) {
		return new SignedWebhookVerifier(secrets.orderedStream().toList(), clock.getIfAvailable(Clock::systemUTC),
				properties.maxRequestBody());
	}

	@Bean
	static SignedWebhookCheck signedWebhookCheck(ListableBeanFactory beans,
			@Lazy SignedWebhookVerifier signedWebhookVerifier) {
		return new SignedWebhookCheck(beans, signedWebhookVerifier);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, ObjectProvider<SecurityRules> serviceRules,
			ObjectProvider<PublicEndpoints> serviceEndpoints, TrustedIssuers issuers, ProblemResponses problems) {
		RequestMatcher open = openEndpoints(serviceEndpoints);
		DefaultBearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();
		ProblemDetailsAuthenticationEntryPoint entryPoint = new ProblemDetailsAuthenticationEntryPoint(problems);
		ProblemDetailsAccessDeniedHandler accessDenied = new ProblemDetailsAccessDeniedHandler(problems);
		http.csrf(AbstractHttpConfigurer::disable)
			.cors(Customizer.withDefaults())
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(ResponseHeaders::apply)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer(resourceServer -> resourceServer
				.authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers))
				.bearerTokenResolver(request -> open.matches(request) ? null : bearerTokens.resolve(request))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.authorizeHttpRequests(rules -> {
				rules.requestMatchers(open).permitAll();
				serviceRules.orderedStream().forEach(serviceRule -> serviceRule.apply(rules));
				rules.requestMatchers("/actuator/**").hasRole(Roles.ADMIN);
				rules.anyRequest().denyAll();
			});
		return http.build();
	}

	private static long uploadLimit(ObjectProvider<MultipartProperties> multipart, SecurityProperties properties) {
		MultipartProperties settings = multipart.getIfAvailable();
		return (settings != null && settings.isEnabled()) ? settings.getMaxRequestSize().toBytes()
				: properties.maxRequestBody().toBytes();
	}

	private static RequestMatcher openEndpoints(ObjectProvider<PublicEndpoints> serviceEndpoints) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		List<RequestMatcher> open = new ArrayList<>();
		open.add(new ManagementServerRequests());
		for (String path : PUBLIC_PATHS) {
			open.add(paths.matcher(path));
		}
		serviceEndpoints.orderedStream().forEach(endpoints -> open.addAll(endpoints.matchers()));
		return new OrRequestMatcher(open);
	}

}
