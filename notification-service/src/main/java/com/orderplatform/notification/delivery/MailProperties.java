package com.orderplatform.notification.delivery;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Outgoing mail ({@code oms.mail.*}). Without an SMTP host, emails are recorded in the
 * log instead of sent.
 *
 * @param from the sender address ({@code OMS_MAIL_FROM})
 * @param smtp the SMTP server
 */
@Validated
@ConfigurationProperties("oms.mail")
public record MailProperties(@DefaultValue("orders@localhost") @NotBlank @Email String from,
		@DefaultValue @Valid @NotNull Smtp smtp) {

	/**
	 * The domain that {@code Message-ID} headers end with: the sender's.
	 * @return e.g. {@code shop.example} for {@code orders@shop.example}
	 */
	public String messageIdDomain() {
		return this.from.substring(this.from.lastIndexOf('@') + 1).strip();
	}

	/**
	 * An SMTP server.
	 *
	 * @param host the server ({@code OMS_SMTP_HOST}); empty means "do not send"
	 * @param port its port ({@code OMS_SMTP_PORT}, default 25)
	 * @param username the login ({@code OMS_SMTP_USERNAME}); empty means no
	 * authentication
	 * @param password the password ({@code OMS_SMTP_PASSWORD})
	 * @param starttls whether to require STARTTLS ({@code OMS_SMTP_STARTTLS}, default
	 * false)
	 * @param timeout connect, read and write timeout ({@code OMS_SMTP_TIMEOUT}, default
	 * 10 s)
	 */
	public record Smtp(String host, @DefaultValue("25") @Min(1) @Max(65535) int port, String username, String password,
			@DefaultValue("false") boolean starttls, @DefaultValue("10s") @NotNull Duration timeout) {

		/**
		 * Whether a server is configured at all.
		 * @return {@code true} when a host is set
		 */
		public boolean isConfigured() {
			return this.host != null && !this.host.isBlank();
		}

		boolean hasCredentials() {
			return this.username != null && !this.username.isBlank();
		}

		/**
		 * The password is left out on purpose: this goes into logs and failure reasons.
		 */
		@Override
		public String toString() {
			return this.host + ":" + this.port;
		}

	}

}
