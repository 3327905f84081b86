package com.orderplatform.common.security;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.orderplatform.common.security.revocation.RemoteRevocationSource;
import com.orderplatform.common.security.revocation.RevocationController;
import com.orderplatform.common.security.revocation.RevocationRefresher;
import com.orderplatform.common.security.tokens.RevokedTokenValidator;
import com.orderplatform.common.security.tokens.TrustedIssuers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * Token revocation on every service: the revocations known here, the check that refuses a
 * revoked token (plugged into {@link TrustedIssuers}), and the refresh of the list. A
 * service that declares its own {@link RevocationSource} (the order service, which owns
 * the users) reads that; any other pulls the order service's list and accepts its pushes
 * at {@code POST /api/v1/auth/revocations} ({@code service} role).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RevocationProperties.class)
public class TokenRevocationAutoConfiguration {

	@Bean
	TokenRevocations tokenRevocations(ObjectProvider<Clock> clock) {
		return new TokenRevocations(clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * Checks the tokens of the platform's issuer: this service itself when it issues
	 * tokens, otherwise the configured one.
	 */
	@Bean
	RevokedTokenValidator revokedTokenValidator(RevocationProperties properties, TokenRevocations revocations,
			ObjectProvider<LocalTokenIssuer> local) {
		String issuer = local.stream().map(LocalTokenIssuer::issuer).findFirst().orElse(properties.issuer());
		return new RevokedTokenValidator(issuer, revocations);
	}

	@Bean
	RevocationRefresher revocationRefresher(RevocationSource source, TokenRevocations revocations,
			RevocationProperties properties) {
		return new RevocationRefresher(source, revocations, properties);
	}

	/**
	 * The payment and notification services: the order service's list, pulled and pushed.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(RevocationSource.class)
	static class PulledRevocations {

		private static final Logger log = LoggerFactory.getLogger(PulledRevocations.class);

		/**
		 * Pulls only when the issuer's tokens are accepted here at all; otherwise there
		 * is nothing to refuse and nobody to ask.
		 */
		@Bean
		RevocationSource orderServiceRevocations(RevocationProperties revocations, SecurityProperties security,
				ObjectProvider<RestClient.Builder> builder, @Value("${oms.data-dir:./data}") Path dataDir,
				ObjectProvider<Clock> clock, SharedSecrets secrets) {
			if (!security.trustedIssuers().contains(revocations.issuer())) {
				log.info("Tokens of {} are not trusted here: no token revocations to pull", revocations.issuer());
				return List::of;
			}
			// The secret is read on the first pull; on PostgreSQL it must be configured,
			// which is checked now so that the start fails, not the pulls.
			secrets.require(SharedSecret.REVOCATION, revocations.secret());
			return new RemoteRevocationSource(builder.getObject(), revocations, dataDir,
					clock.getIfAvailable(Clock::systemUTC));
		}

		@Bean
		RevocationController revocationController(TokenRevocations revocations) {
			return new RevocationController(revocations);
		}

		@Bean
		SecurityRules revocationPushRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, RevocationPulls.PATH).hasRole(Roles.SERVICE);
		}

	}

}
