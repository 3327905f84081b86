package com.orderplatform.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(DeliveryWithProperties.class);

	@Test
	void recordsEmailsWhenNoSmtpHostIsSet() {
		this.runner.run((context) -> assertThat(context).getBean(EmailTransport.class)
			.isInstanceOf(RecordingEmailTransport.class));
	}

	@Test
	void recordsEmailsWhenTheSmtpHostIsEmpty() {
		this.runner.withPropertyValues("oms.mail.smtp.host=")
			.run((context) -> assertThat(context).getBean(EmailTransport.class)
				.isInstanceOf(RecordingEmailTransport.class));
	}

	@Test
	void sendsOverSmtpWhenAHostIsSet() {
		this.runner.withPropertyValues("oms.mail.smtp.host=mail.example.com")
			.run((context) -> assertThat(context).getBean(EmailTransport.class).isInstanceOf(SmtpEmailTransport.class));
	}

	@Test
	void logsSmsByDefault() {
		this.runner
			.run((context) -> assertThat(context).getBean(SmsTransport.class).isInstanceOf(LoggingSmsTransport.class));
	}

	@Test
	void defaultsToPort25WithoutStarttlsFromOrdersAtLocalhost() {
		this.runner.run((context) -> {
			MailProperties mail = context.getBean(MailProperties.class);
			assertThat(mail.from()).isEqualTo("orders@localhost");
			assertThat(mail.smtp().port()).isEqualTo(25);
			assertThat(mail.smtp().starttls()).isFalse();
		});
	}

	@Test
	void failsFastOnAnInvalidPortNamingTheProperty() {
		this.runner.withPropertyValues("oms.mail.smtp.host=mail.example.com", "oms.mail.smtp.port=70000")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("oms.mail.smtp.port"));
	}

	@Test
	void failsFastOnAnInvalidSenderAddress() {
		this.runner.withPropertyValues("oms.mail.from=not an address")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("oms.mail.from"));
	}

	@Test
	void keepsThePasswordOutOfTheServerDescription() {
		var smtp = new MailProperties.Smtp("mail.example.com", 587, "user", "secret", true, Duration.ofSeconds(10));

		assertThat(smtp).hasToString("mail.example.com:587");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailProperties.class)
	@Import(DeliveryConfiguration.class)
	static class DeliveryWithProperties {

	}

}
