package com.orderplatform.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends plain-text UTF-8 emails over SMTP with Jakarta Mail. */
class SmtpEmailTransport implements EmailTransport {

	private final JavaMailSender sender;

	private final String from;

	private final String server;

	SmtpEmailTransport(JavaMailSender sender, String from, String server) {
		this.sender = sender;
		this.from = from;
		this.server = server;
	}

	static SmtpEmailTransport create(MailProperties properties) {
		return new SmtpEmailTransport(mailSender(properties.smtp()), properties.from(), properties.smtp().toString());
	}

	@Override
	public void send(EmailMessage message) {
		try {
			MimeMessage mime = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(message.to());
			helper.setSubject(message.subject());
			helper.setText(message.body(), false);
			this.sender.send(mime);
		}
		catch (MessagingException | MailException ex) {
			throw new DeliveryFailedException(
					"SMTP delivery via %s failed: %s".formatted(this.server, mostSpecificMessage(ex)), ex);
		}
	}

	private static String mostSpecificMessage(Exception ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/**
	 * Built here rather than by Boot's mail auto-configuration, which switches on for any
	 * {@code spring.mail.host}, even an empty one.
	 */
	static JavaMailSenderImpl mailSender(MailProperties.Smtp smtp) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(smtp.host());
		sender.setPort(smtp.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties properties = sender.getJavaMailProperties();
		if (smtp.hasCredentials()) {
			sender.setUsername(smtp.username());
			sender.setPassword(smtp.password());
			properties.setProperty("mail.smtp.auth", "true");
		}
		properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
		properties.setProperty("mail.smtp.starttls.required", Boolean.toString(smtp.starttls()));
		String timeout = Long.toString(smtp.timeout().toMillis());
		properties.setProperty("mail.smtp.connectiontimeout", timeout);
		properties.setProperty("mail.smtp.timeout", timeout);
		properties.setProperty("mail.smtp.writetimeout", timeout);
		return sender;
	}

}
