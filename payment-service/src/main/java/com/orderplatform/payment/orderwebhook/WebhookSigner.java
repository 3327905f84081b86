package com.orderplatform.payment.orderwebhook;

import java.time.Clock;

import com.orderplatform.common.security.SharedSecret;
import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.WebhookSignatures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signs webhooks for the order service with the secret both services share: the method,
 * the path (so the order the webhook is about) and the body, stamped with the time of the
 * call, so that the order service can tell our calls from forged, altered, redirected or
 * replayed ones. On PostgreSQL the secret must be configured
 * ({@code OMS_WEBHOOK_SECRET}): several instances cannot share a file.
 */
@Component
class WebhookSigner {

	private final byte[] secret;

	private final Clock clock;

	@Autowired
	WebhookSigner(WebhookProperties properties, SharedSecrets secrets, Clock clock) {
		this(secrets.resolve(SharedSecret.WEBHOOK, properties.secret()), clock);
	}

	WebhookSigner(byte[] secret, Clock clock) {
		this.secret = secret.clone();
		this.clock = clock;
	}

	/**
	 * The {@value WebhookSignatures#HEADER} value for a call sent now.
	 * @param method the HTTP method
	 * @param path the path the call goes to, e.g. {@code /api/v1/orders/42/webhook}
	 * @param body the exact bytes that will be sent
	 * @return the header value
	 */
	String sign(String method, String path, byte[] body) {
		return WebhookSignatures.sign(this.secret, this.clock.instant(), method, path, body);
	}

}
