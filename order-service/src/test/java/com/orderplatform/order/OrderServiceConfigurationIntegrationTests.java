package com.orderplatform.order;

import java.time.Duration;

import com.orderplatform.order.order.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service's defaults and operational endpoints: downstream timeouts as
 * ARCHITECTURE §3 says, health and the probes, OpenAPI description, metrics for admins
 * and no Prometheus endpoint on the public port (see
 * {@link ManagementPortIntegrationTests}).
 */
class OrderServiceConfigurationIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private OrderServiceProperties properties;

	@Test
	void waitsThirtySecondsForPaymentsAndTenForNotifications() {
		assertThat(this.properties.paymentService().readTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.properties.notificationService().readTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.properties.paymentService().maxRetries()).isEqualTo(3);
		assertThat(this.properties.notificationService().maxRetries()).isEqualTo(3);
	}

	@Test
	void reportsHealthToAnyone() {
		this.anonymous.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void publishesItsOpenApiDescriptionToAnyone() {
		this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Order service")
			.jsonPath("$.paths['/api/v1/orders/{order_id}/webhook'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/orders/{order_id}/status'].put")
			.exists()
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.security[0].bearer")
			.exists()
			.jsonPath("$.paths['/api/v1/auth/login'].post.security")
			.isEmpty();
	}

	@Test
	void answersTheProbesToAnyone() {
		this.anonymous.get()
			.uri("/livez")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.anonymous.get()
			.uri("/readyz")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void neverServesPrometheusOnThePublicPortEvenToAnAdmin() {
		as("admin").get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
		as("admin").get()
			.uri("/actuator/metrics/jvm.memory.used")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("jvm.memory.used");
	}

}
