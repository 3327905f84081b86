package com.orderplatform.common.security;

import java.util.Arrays;

import org.springframework.util.Assert;

/**
 * A secret that {@link SignedWebhook} endpoints are verified with, declared as a bean by
 * the service that receives them.
 *
 * @param name the name a {@link SignedWebhook} refers to
 * @param secret the secret's bytes
 */
public record WebhookSecret(String name, byte[] secret) {

	/** The fewest bytes a secret may have. */
	public static final int MIN_LENGTH = 16;

	public WebhookSecret {
		Assert.hasText(name, "A webhook secret needs a name");
		Assert.isTrue(secret.length >= MIN_LENGTH,
				() -> "The webhook secret '" + name + "' must be at least " + MIN_LENGTH + " bytes");
		secret = secret.clone();
	}

	@Override
	public byte[] secret() {
		return this.secret.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WebhookSecret that && this.name.equals(that.name)
				&& Arrays.equals(this.secret, that.secret);
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

	@Override
	public String toString() {
		return "WebhookSecret[" + this.name + "]";
	}

}
