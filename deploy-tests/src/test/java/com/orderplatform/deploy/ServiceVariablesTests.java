package com.orderplatform.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collection the drift checks rely on finds what the services read.
 */
class ServiceVariablesTests {

	@Test
	void findsEachServicesOwnVariablesAndTheSharedOnes() {
		assertThat(ServiceVariables.readBy("order-service"))
			.contains("OMS_ORDER_DB_URL", "OMS_WEBHOOK_SECRET", "OMS_MANAGEMENT_PORT", "OMS_BIND_ADDRESS",
					"AWS_ACCESS_KEY_ID", "OMS_IMPORT_STORAGE", "OMS_S3_ENDPOINT", "OMS_S3_REGION", "OMS_S3_PATH_STYLE")
			.doesNotContain("OMS_PAYMENT_DB_URL", "OMS_GATEWAY_CALLBACK_SECRET");
		assertThat(ServiceVariables.readBy("payment-service"))
			.contains("OMS_PAYMENT_DB_URL", "OMS_GATEWAY_CALLBACK_SECRET", "OMS_REVOCATION_SECRET")
			.doesNotContain("OMS_ORDER_DB_URL", "OMS_SMTP_HOST");
		assertThat(ServiceVariables.readBy("notification-service"))
			.contains("OMS_NOTIFICATION_DB_URL", "OMS_SMTP_HOST", "OMS_NOTIFICATION_INSTANCE_ID")
			.doesNotContain("OMS_WEBHOOK_SECRET");
	}

}
