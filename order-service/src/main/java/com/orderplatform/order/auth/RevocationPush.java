package com.orderplatform.order.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.orderplatform.common.http.RemoteProblems;
import com.orderplatform.common.http.ServiceClientProperties;
import com.orderplatform.common.http.ServiceClients;
import com.orderplatform.common.security.RevocationPulls;
import com.orderplatform.common.security.TokenRevocation;
import com.orderplatform.common.security.TokenRevocationList;
import com.orderplatform.common.security.TokenRevocations;
import com.orderplatform.order.OrderServiceProperties;
import com.orderplatform.order.user.UserTokensRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes a revocation take effect everywhere before the change that caused it is answered:
 * in this service at once, then pushed to the payment and notification services
 * ({@code POST /api/v1/auth/revocations} with the service token), each tried once with a
 * short timeout. A service that cannot be reached is logged, not fatal: it pulls the list
 * within {@code OMS_REVOCATION_REFRESH}, or at its next start.
 */
@Component
class RevocationPush {

	private static final Logger log = LoggerFactory.getLogger(RevocationPush.class);

	/** The longest a push may hold up the admin's or user's request. */
	static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

	private final TokenRevocations revocations;

	private final UserRevocationSource source;

	private final Map<String, RestClient> peers;

	RevocationPush(TokenRevocations revocations, UserRevocationSource source, RestClient.Builder builder,
			OrderServiceProperties properties, ServiceTokenInterceptor serviceToken) {
		this.revocations = revocations;
		this.source = source;
		RestClient.Builder authenticated = builder.clone().requestInterceptor(serviceToken);
		this.peers = Map.of("payment-service", client(authenticated, properties.paymentService()),
				"notification-service", client(authenticated, properties.notificationService()));
	}

	@EventListener
	void revoked(UserTokensRevoked event) {
		TokenRevocation revocation = this.source.revocation(event);
		this.revocations.apply(List.of(revocation));
		TokenRevocationList body = new TokenRevocationList(List.of(revocation));
		this.peers.forEach((service, client) -> {
			try {
				client.post().uri(RevocationPulls.PATH).body(body).retrieve().toBodilessEntity();
				log.info("Pushed the revocation of user '{}' below version {} to {}", event.username(),
						event.tokenVersion(), service);
			}
			catch (RuntimeException ex) {
				log.warn("Could not push the revocation of user '{}' to {} ({}); it pulls the list within its refresh",
						event.username(), service, RemoteProblems.describe(service, ex));
			}
		});
	}

	private static RestClient client(RestClient.Builder builder, ServiceClientProperties peer) {
		Duration read = (peer.readTimeout().compareTo(READ_TIMEOUT) < 0) ? peer.readTimeout() : READ_TIMEOUT;
		return ServiceClients.restClient(builder,
				new ServiceClientProperties(peer.baseUrl(), peer.connectTimeout(), read, 0, peer.initialBackoff()));
	}

}
