package com.orderplatform.common.security;

/**
 * The secrets services of the platform share: its environment variable, the property it
 * is bound to, the file that holds it in the data directory when it is not configured
 * (one machine), and who shares it, for the messages that ask for it.
 */
public enum SharedSecret {

	/** The payment service's webhooks to the order service. */
	WEBHOOK("OMS_WEBHOOK_SECRET", "oms.webhooks.secret", "webhook.secret", "the order and payment services"),

	/** The payment gateway's callbacks to the payment service. */
	GATEWAY_CALLBACK("OMS_GATEWAY_CALLBACK_SECRET", "oms.gateway.callback-secret", "gateway-callback.secret",
			"the payment service and its gateway"),

	/**
	 * The payment and notification services' pulls of the order service's revocations.
	 */
	REVOCATION("OMS_REVOCATION_SECRET", "oms.security.revocations.secret", "revocation.secret",
			"the order, payment and notification services");

	private final String variable;

	private final String property;

	private final String fileName;

	private final String sharedBy;

	SharedSecret(String variable, String property, String fileName, String sharedBy) {
		this.variable = variable;
		this.property = property;
		this.fileName = fileName;
		this.sharedBy = sharedBy;
	}

	/**
	 * The environment variable that configures it.
	 * @return e.g. {@code OMS_WEBHOOK_SECRET}
	 */
	public String variable() {
		return this.variable;
	}

	/**
	 * The property it is bound to.
	 * @return e.g. {@code oms.webhooks.secret}
	 */
	public String property() {
		return this.property;
	}

	/**
	 * The file in the data directory that holds it when it is not configured.
	 * @return e.g. {@code webhook.secret}
	 */
	public String fileName() {
		return this.fileName;
	}

	/**
	 * Who shares it.
	 * @return e.g. {@code the order and payment services}
	 */
	public String sharedBy() {
		return this.sharedBy;
	}

}
