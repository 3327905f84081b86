package com.orderplatform.payment.orderwebhook;

import java.nio.file.Path;
import java.time.Clock;

import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.WebhookSignatures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs webhook bodies for the order service with the secret both services share, stamped
 * with the time of the call, so that the order service can tell our calls from forged or
 * replayed ones.
 */
@Component
class WebhookSigner {

	private final byte[] secret;

	private final Clock clock;

	@Autowired
	WebhookSigner(WebhookProperties properties, @Value("${oms.data-dir}") Path dataDir, Clock clock) {
		this(SharedSecrets.resolve(properties.secret(), dataDir, WebhookProperties.SECRET_FILE), clock);
	}

	WebhookSigner(byte[] secret, Clock clock) {
		this.secret = secret.clone();
		this.clock = clock;
	}

	/**
	 * The {@value WebhookSignatures#HEADER} value for a body sent now.
	 * @param body the exact bytes that will be sent
	 * @return the header value
	 */
	String sign(byte[] body) {
		return WebhookSignatures.sign(this.secret, this.clock.instant(), body);
	}

}
