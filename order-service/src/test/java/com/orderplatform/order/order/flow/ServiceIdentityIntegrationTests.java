package com.orderplatform.order.order.flow;

import java.util.List;

import com.orderplatform.common.security.LocalTokenIssuer;
import com.orderplatform.order.TestTokens;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.order.order.OrderState;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order service calls the payment and notification services as itself: a token of its
 * own with {@code sub = order-service} and {@code roles = [service]}, never the token of
 * the user whose request caused the call.
 */
class ServiceIdentityIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private LocalTokenIssuer issuer;

	@Test
	void callsThePaymentAndNotificationServicesWithItsOwnServiceToken() {
		String userToken = TestTokens.of(this.context).token("yamada", "operator");

		OrderView order = this.anonymous.post()
			.uri("/api/v1/orders")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
			.contentType(MediaType.APPLICATION_JSON)
			.body(laptopsJson(OrderMother.uniqueEmail()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		String charge = bearer(this.payments.onlyRequest());
		String confirmation = bearer(this.notifications.onlyRequest());
		assertThat(charge).isNotEqualTo(userToken);
		assertThat(confirmation).as("one token, reused").isEqualTo(charge);
		Jwt service = this.issuer.decoder().decode(charge);
		assertThat(service.getSubject()).isEqualTo("order-service");
		assertThat(service.getClaimAsStringList("roles")).containsExactly("service");
		assertThat(service.getIssuer()).hasToString(this.issuer.issuer());
		assertThat(order.id()).isPositive();
	}

	@Test
	void cancelsWithTheServiceTokenOnTheLookupAndTheRefund() {
		Order order = storedOrder(OrderState.PAID);

		this.http.delete().uri("/api/v1/orders/{id}", order.id()).exchange().expectStatus().isOk();

		List<RecordedRequest> calls = this.payments.requests();
		assertThat(calls).extracting(RecordedRequest::getTarget)
			.containsExactly("/api/v1/payments/order/" + order.id(), "/api/v1/payments/refund");
		assertThat(calls)
			.allSatisfy(call -> assertThat(this.issuer.decoder().decode(bearer(call)).getClaimAsStringList("roles"))
				.containsExactly("service"));
	}

	private static String bearer(RecordedRequest request) {
		String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
		assertThat(authorization).startsWith("Bearer ");
		return authorization.substring("Bearer ".length());
	}

}
