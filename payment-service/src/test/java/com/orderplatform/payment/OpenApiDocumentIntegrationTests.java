package com.orderplatform.payment;

import java.util.List;

import com.orderplatform.testsupport.OpenApiFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment service's OpenAPI document is the one committed in
 * {@code docs/openapi/payment-service.yaml}.
 */
class OpenApiDocumentIntegrationTests extends PaymentIntegrationTest {

	@Test
	void publishesTheCommittedDocument() throws Exception {
		var result = this.mvc.get().uri("/v3/api-docs.yaml").exchange();
		assertThat(result).hasStatusOk();
		OpenApiFiles.assertCommitted("payment-service", result.getResponse().getContentAsString());
	}

	@Test
	void describesTheWireInSnakeCaseWithEnumValuesAsSentAndNullsWhereTheySend() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.BatchPaymentRequest.properties")
			.asMap()
			.containsOnlyKeys("batch_id", "items");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.BatchOutcome.enum")
			.isEqualTo(List.of("completed", "failed", "already_paid"));
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.PaymentStatus.enum")
			.isEqualTo(List.of("pending", "processing", "completed", "failed", "refunded"));
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.BatchPaymentResult.properties.reason.type")
			.isEqualTo(List.of("string", "null"));
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.BatchPaymentResult.properties.status.oneOf[0]['$ref']")
			.isEqualTo("#/components/schemas/PaymentStatus");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.BatchPaymentResult.properties.status.oneOf[1].type")
			.isEqualTo("null");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.BatchPaymentResult.properties.outcome['$ref']")
			.isEqualTo("#/components/schemas/BatchOutcome");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.PaymentView.properties.order_id.type")
			.isEqualTo("integer");
	}

	@Test
	void documentsEveryAnswerProblemsAndSecurityByRule() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/payments'].post.responses")
			.asMap()
			.containsOnlyKeys("201", "400", "401", "402", "403", "413", "415", "500");
		assertThat(result).bodyJson()
			.extractingPath(
					"$.paths['/api/v1/payments'].post.responses['402'].content['application/problem+json'].schema['$ref']")
			.isEqualTo("#/components/schemas/ProblemDetail");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/payments/refund'].post.responses")
			.asMap()
			.containsKeys("201", "404", "409");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/payments/webhook'].post.security")
			.asArray()
			.isEmpty();
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/payments/webhook'].post.parameters[0].name")
			.isEqualTo("X-OMS-Signature");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/payments/batch'].post.operationId")
			.isEqualTo("batchPaymentPay");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/payments/batch'].post.security[0].bearer")
			.asArray()
			.isEmpty();
	}

}
