package com.orderplatform.notification.delivery;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpEmailTransportTests {

	@Test
	void configuresAuthenticationStarttlsAndTimeoutsFromTheProperties() {
		JavaMailSenderImpl sender = SmtpEmailTransport.mailSender(
				new MailProperties.Smtp("mail.example.com", 587, "mailer", "secret", true, Duration.ofSeconds(7)));

		assertThat(sender.getHost()).isEqualTo("mail.example.com");
		assertThat(sender.getPort()).isEqualTo(587);
		assertThat(sender.getUsername()).isEqualTo("mailer");
		assertThat(sender.getPassword()).isEqualTo("secret");
		assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		assertThat(properties).containsEntry("mail.smtp.auth", "true")
			.containsEntry("mail.smtp.starttls.enable", "true")
			.containsEntry("mail.smtp.starttls.required", "true")
			.containsEntry("mail.smtp.connectiontimeout", "7000")
			.containsEntry("mail.smtp.timeout", "7000")
			.containsEntry("mail.smtp.writetimeout", "7000");
	}

	@Test
	void sendsWithoutAuthenticationWhenNoUsernameIsSet() {
		JavaMailSenderImpl sender = SmtpEmailTransport
			.mailSender(new MailProperties.Smtp("localhost", 25, "", "", false, Duration.ofSeconds(10)));

		assertThat(sender.getUsername()).isNull();
		assertThat(sender.getJavaMailProperties()).doesNotContainKey("mail.smtp.auth")
			.containsEntry("mail.smtp.starttls.enable", "false");
	}

}
