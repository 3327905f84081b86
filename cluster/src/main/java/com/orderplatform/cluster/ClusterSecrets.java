package com.orderplatform.cluster;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secrets every instance of a service must share, drawn afresh from a strong random
 * source on each cluster start (as an operator's secret store would hand them out): the
 * webhook, gateway callback and revocation secrets, and the object store's keys. They are
 * given to the services through their environment and never printed.
 *
 * @param webhook {@code OMS_WEBHOOK_SECRET} (order and payment)
 * @param gatewayCallback {@code OMS_GATEWAY_CALLBACK_SECRET} (payment)
 * @param revocation {@code OMS_REVOCATION_SECRET} (all three)
 * @param s3AccessKey {@code AWS_ACCESS_KEY_ID} of the object store
 * @param s3SecretKey {@code AWS_SECRET_ACCESS_KEY} of the object store
 */
record ClusterSecrets(String webhook, String gatewayCallback, String revocation, String s3AccessKey,
		String s3SecretKey) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static ClusterSecrets generate() {
		return new ClusterSecrets(random(32), random(32), random(32), "oms-" + random(9), random(30));
	}

	/**
	 * The shared secrets as the services read them.
	 * @return variable → value
	 */
	Map<String, String> environment() {
		return Map.of("OMS_WEBHOOK_SECRET", this.webhook, "OMS_GATEWAY_CALLBACK_SECRET", this.gatewayCallback,
				"OMS_REVOCATION_SECRET", this.revocation, "AWS_ACCESS_KEY_ID", this.s3AccessKey,
				"AWS_SECRET_ACCESS_KEY", this.s3SecretKey);
	}

	@Override
	public String toString() {
		return "ClusterSecrets[hidden]";
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
