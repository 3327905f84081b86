package com.orderplatform.notification;

import java.util.List;

import com.orderplatform.testsupport.OpenApiFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification service's OpenAPI document is the one committed in
 * {@code docs/openapi/notification-service.yaml}.
 */
class OpenApiDocumentIntegrationTests extends SqliteIntegrationTestSupport {

	@Test
	void publishesTheCommittedDocument() throws Exception {
		var result = this.mvc.get().uri("/v3/api-docs.yaml").exchange();
		assertThat(result).hasStatusOk();
		OpenApiFiles.assertCommitted("notification-service", result.getResponse().getContentAsString());
	}

	@Test
	void describesTheWireInSnakeCaseWithEnumValuesAsSentAndNullsWhereTheySend() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.SendEmailRequest.required")
			.isEqualTo(List.of("order_id", "template_name", "to_email"));
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.NotificationChannel.enum")
			.isEqualTo(List.of("email", "sms"));
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.NotificationStatus.enum")
			.isEqualTo(List.of("pending", "sent", "failed"));
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.NotificationView.properties.sent_at.type")
			.isEqualTo(List.of("string", "null"));
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.NotificationView.properties.template_name.type")
			.isEqualTo("string");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.BulkNotificationItem.properties.idempotency_key.type")
			.isEqualTo(List.of("string", "null"));
	}

	@Test
	void documentsEveryAnswerProblemsAndSecurityByRule() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/notifications/email'].post.responses")
			.asMap()
			.containsKeys("200", "201", "400", "401", "403", "500");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/notifications/bulk'].post.responses")
			.asMap()
			.containsKey("202");
		assertThat(result).bodyJson()
			.extractingPath(
					"$.paths['/api/v1/notifications/{notification_id}'].get.responses['404'].content['application/problem+json'].schema['$ref']")
			.isEqualTo("#/components/schemas/ProblemDetail");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/notifications/email'].post.security[0].bearer")
			.asArray()
			.isEmpty();
	}

}
