package com.orderplatform.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the transports: real SMTP when a host is configured, the recording default
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

	@Bean
	EmailTransport emailTransport(MailProperties mail) {
		if (mail.smtp().isConfigured()) {
			log.info("Emails go out over SMTP via {} from {}", mail.smtp(), mail.from());
			return SmtpEmailTransport.create(mail);
		}
		log.info("No SMTP host configured (OMS_SMTP_HOST): emails are recorded in the log, not sent");
		return new RecordingEmailTransport();
	}

	@Bean
	SmsTransport smsTransport() {
		return new LoggingSmsTransport();
	}

}
