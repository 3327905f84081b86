package com.orderplatform.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends plain-text UTF-8 emails over SMTP with Jakarta Mail. Each email carries the
 * notification's own {@code Message-ID}, so when a message is sent again after a crash a
 * receiver can tell it is the same one. A 5xx reply (the server refuses the recipient or
 * the message) and an unparsable address are permanent failures; anything else (the
 * server unreachable, a timeout, a 4xx reply) is worth retrying.
 */
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
			// JavaMailSenderImpl keeps an explicit Message-ID instead of generating one.
			mime.setHeader("Message-ID", message.messageId());
			this.sender.send(mime);
		}
		catch (MessagingException | MailException ex) {
			String reason = "SMTP delivery via %s failed: %s".formatted(this.server, mostSpecificMessage(ex));
			throw isPermanent(ex) ? DeliveryFailedException.permanent(reason, ex)
					: new DeliveryFailedException(reason, ex);
		}
	}

	static boolean isPermanent(Exception ex) {
		return causes(ex).anyMatch((cause) -> cause instanceof AddressException || replyCode(cause) >= 500);
	}

	private static int replyCode(Throwable cause) {
		if (cause instanceof SMTPAddressFailedException refused) {
			return refused.getReturnCode();
		}
		if (cause instanceof SMTPSendFailedException refused) {
			return refused.getReturnCode();
		}
		return -1;
	}

	/**
	 * Every exception involved: Spring collects the per-message failures of a send, and a
	 * MessagingException chains the server's replies as its causes.
	 */
	private static Stream<Throwable> causes(Throwable ex) {
		Stream<Throwable> chain = Stream.iterate(ex, (t) -> t != null, Throwable::getCause).limit(20);
		if (ex instanceof MailSendException send) {
			return Stream.concat(chain, Arrays.stream(send.getMessageExceptions()).flatMap(SmtpEmailTransport::causes));
		}
		return chain;
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
