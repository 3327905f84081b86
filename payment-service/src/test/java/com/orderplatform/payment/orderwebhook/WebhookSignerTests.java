package com.orderplatform.payment.orderwebhook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.WebhookSignatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which secret webhooks to the order service are signed with: the configured one, or the
 * one in the data directory both services share.
 */
class WebhookSignerTests {

	private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

	private static final String PATH = "/api/v1/orders/7/webhook";

	private static final byte[] BODY = "{\"payment_status\":\"completed\"}".getBytes(StandardCharsets.UTF_8);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SignerConfiguration.class);

	@Test
	void signsWithTheConfiguredSecretAndWritesNoFile(@TempDir Path dataDir) {
		this.runner.withPropertyValues("oms.webhooks.secret=configured-webhook-secret", "oms.data-dir=" + dataDir)
			.run(context -> {
				String signature = context.getBean(WebhookSigner.class).sign("POST", PATH, BODY);

				assertThat(signature).isEqualTo(WebhookSignatures
					.sign("configured-webhook-secret".getBytes(StandardCharsets.UTF_8), NOW, "POST", PATH, BODY));
				assertThat(dataDir.resolve(WebhookProperties.SECRET_FILE)).doesNotExist();
			});
	}

	@Test
	void signsWithTheSharedFileWhenNoSecretIsConfigured(@TempDir Path dataDir) {
		this.runner.withPropertyValues("oms.webhooks.secret=", "oms.data-dir=" + dataDir).run(context -> {
			String signature = context.getBean(WebhookSigner.class).sign("POST", PATH, BODY);

			assertThat(dataDir.resolve(WebhookProperties.SECRET_FILE)).exists();
			byte[] shared = SharedSecrets.resolve(null, dataDir, WebhookProperties.SECRET_FILE);
			assertThat(signature).isEqualTo(WebhookSignatures.sign(shared, NOW, "POST", PATH, BODY));
		});
	}

	@Test
	void refusesToStartWithATooShortSecretNamingTheProperty(@TempDir Path dataDir) {
		this.runner.withPropertyValues("oms.webhooks.secret=short", "oms.data-dir=" + dataDir)
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("oms.webhooks.secret (OMS_WEBHOOK_SECRET) must be at least 16 characters"));
	}

	@Test
	void neverShowsTheSecretInToString() {
		assertThat(new WebhookProperties("configured-webhook-secret")).hasToString("WebhookProperties[secret=(set)]");
		assertThat(new WebhookProperties("")).hasToString("WebhookProperties[secret=(shared file)]");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WebhookProperties.class)
	@Import(WebhookSigner.class)
	static class SignerConfiguration {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@Bean
		SharedSecrets sharedSecrets(Environment environment) {
			return SharedSecrets.of(environment);
		}

	}

}
