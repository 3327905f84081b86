package com.orderplatform.order;

import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.testsupport.OpenApiFiles;
import org.junit.jupiter.api.Test;

/**
 * The order service's OpenAPI document is the one committed in
 * {@code docs/openapi/order-service.yaml}.
 */
class OpenApiDocumentIntegrationTests extends IntegrationTestSupport {

	@Test
	void publishesTheCommittedDocument() {
		String yaml = this.anonymous.get()
			.uri("/v3/api-docs.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		OpenApiFiles.assertCommitted("order-service", yaml);
	}

	@Test
	void describesTheWireInSnakeCaseWithEnumValuesAsSentAndNullsWhereTheySend() {
		this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.schemas.PlaceOrderRequest.required")
			.isEqualTo(java.util.List.of("customer_email", "customer_name", "items"))
			.jsonPath("$.components.schemas.OrderItemRequest.properties.unit_price.type")
			.isEqualTo("number")
			.jsonPath("$.components.schemas.OrderStatus.enum")
			.isEqualTo(java.util.List.of("pending", "payment_processing", "paid", "shipped", "delivered", "cancelled"))
			.jsonPath("$.components.schemas.UserRole.enum")
			.isEqualTo(java.util.List.of("admin", "operator", "viewer"))
			.jsonPath("$.components.schemas.ImportJobView.properties.notify.type")
			.isEqualTo("string")
			.jsonPath("$.components.schemas.ImportJobView.properties.total_rows.type")
			.isEqualTo(java.util.List.of("integer", "null"))
			.jsonPath("$.components.schemas.OrderView.properties.status_reason.type")
			.isEqualTo(java.util.List.of("string", "null"))
			.jsonPath("$.components.schemas.OrderView.properties.customer_email.type")
			.isEqualTo("string")
			.jsonPath("$.components.schemas.StatusChangeView.properties.from_status.oneOf[1].type")
			.isEqualTo("null")
			.jsonPath("$.paths['/api/v1/orders'].get.parameters[?(@.name == 'batch_id')].in")
			.isEqualTo(java.util.List.of("query"))
			.jsonPath("$.paths['/api/v1/orders'].get.parameters[?(@.name == 'status')].schema['$ref']")
			.isEqualTo(java.util.List.of("#/components/schemas/OrderStatus"));
	}

	@Test
	void documentsEveryAnswerProblemsSecurityAndTheUploadByRule() {
		String orders = "$.paths['/api/v1/orders'].post";
		String upload = "$.paths['/api/v1/imports'].post";
		String webhook = "$.paths['/api/v1/orders/{order_id}/webhook'].post";
		this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(orders + ".responses.length()")
			.isEqualTo(7)
			.jsonPath(orders + ".responses['201'].content['application/json'].schema['$ref']")
			.isEqualTo("#/components/schemas/OrderView")
			.jsonPath(orders + ".responses['400'].content['application/problem+json'].schema['$ref']")
			.isEqualTo("#/components/schemas/ProblemDetail")
			.jsonPath(orders + ".responses['401']")
			.exists()
			.jsonPath(orders + ".responses['403']")
			.exists()
			.jsonPath(orders + ".operationId")
			.isEqualTo("orderPlace")
			.jsonPath(orders + ".security[0].bearer")
			.isEmpty()
			.jsonPath("$.paths['/api/v1/orders/']")
			.doesNotExist()
			.jsonPath("$.paths['/api/v1/auth/login'].post.security")
			.isEmpty()
			.jsonPath(webhook + ".security")
			.isEmpty()
			.jsonPath(webhook + ".parameters[?(@.name == 'X-OMS-Signature')].required")
			.isEqualTo(java.util.List.of(true))
			.jsonPath(webhook + ".responses['401'].content['application/problem+json']")
			.exists()
			.jsonPath(upload + ".requestBody.content['multipart/form-data'].schema.properties.dry_run.type")
			.isEqualTo("boolean")
			.jsonPath(upload + ".requestBody.content['multipart/form-data'].schema.properties.file.format")
			.isEqualTo("binary")
			.jsonPath(upload + ".parameters[?(@.in == 'query')]")
			.isEmpty()
			.jsonPath(upload + ".responses['202']")
			.exists()
			.jsonPath("$.paths['/api/v1/orders/export.csv'].get.responses['200'].content['text/csv']")
			.exists()
			.jsonPath("$.components.schemas.ProblemDetail.properties.errors.items['$ref']")
			.isEqualTo("#/components/schemas/FieldViolation")
			.jsonPath("$.components.schemas.OrderView.required.length()")
			.isEqualTo(12);
	}

}
