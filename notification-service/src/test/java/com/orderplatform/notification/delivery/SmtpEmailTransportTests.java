package com.orderplatform.notification.delivery;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

	@Test
	void treatsARefusedRecipientAsPermanent() throws Exception {
		var refused = new SMTPAddressFailedException(new InternetAddress("nobody@example.com"), "RCPT TO", 550,
				"550 5.1.1 mailbox unknown");
		var send = new MailSendException(Map.of("message", new SendFailedException("Invalid Addresses", refused)));

		assertThat(SmtpEmailTransport.isPermanent(send)).isTrue();
	}

	@Test
	void treatsATemporaryRefusalAsTransient() throws Exception {
		var busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 try again later", null, null, null, null);

		assertThat(SmtpEmailTransport.isPermanent(new MailSendException(Map.of("message", busy)))).isFalse();
	}

	@Test
	void treatsAnUnreachableServerAsTransient() {
		var down = new MailSendException("Mail server connection failed",
				new MessagingException("Connection refused", new ConnectException("Connection refused")));

		assertThat(SmtpEmailTransport.isPermanent(down)).isFalse();
	}

	@Test
	void failsPermanentlyWhenTheServerRefusesTheRecipient() throws Exception {
		var refused = new SMTPAddressFailedException(new InternetAddress("nobody@example.com"), "RCPT TO", 550,
				"550 5.1.1 mailbox unknown");
		JavaMailSenderImpl refusing = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage... messages) {
				throw new MailSendException(Map.of(messages[0], new SendFailedException("Invalid Addresses", refused)));
			}
		};
		var transport = new SmtpEmailTransport(refusing, "orders@shop.example", "mail.example.com:25");

		assertThatExceptionOfType(DeliveryFailedException.class)
			.isThrownBy(() -> transport.send(new EmailMessage(7, "ORDER_CONFIRMATION (email, ja)",
					"<notification-7.1@shop.example>", "nobody@example.com", "件名", "本文")))
			.satisfies((ex) -> assertThat(ex.isPermanent()).isTrue())
			.withMessageStartingWith("SMTP delivery via mail.example.com:25 failed: ");
	}

}
