package com.orderplatform.order.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

/**
 * Puts this service's own identity on its calls to the other services:
 * {@code Authorization: Bearer <token>} with {@code sub = order-service} and
 * {@code roles = [service]}, minted here and reused until shortly before it expires. It
 * replaces any {@code Authorization} header, so a user's token is never passed on.
 */
@Component
public class ServiceTokenInterceptor implements ClientHttpRequestInterceptor {

	/** The subject of the service's tokens. */
	public static final String SUBJECT = "order-service";

	/** The role of the service's tokens. */
	public static final String ROLE = "service";

	/** The longest time before expiry at which a new token is minted. */
	static final Duration RENEWAL_MARGIN = Duration.ofMinutes(1);

	private final TokenIssuer issuer;

	private final Clock clock;

	private volatile IssuedToken current;

	ServiceTokenInterceptor(TokenIssuer issuer, Clock clock) {
		this.issuer = issuer;
		this.clock = clock;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		request.getHeaders().setBearerAuth(token());
		return execution.execute(request, body);
	}

	/**
	 * The service's token, minted anew when the current one is about to expire.
	 * @return the compact JWT
	 */
	String token() {
		IssuedToken token = this.current;
		if (token == null || dueForRenewal(token)) {
			synchronized (this) {
				token = this.current;
				if (token == null || dueForRenewal(token)) {
					token = this.issuer.issue(SUBJECT, List.of(ROLE));
					this.current = token;
				}
			}
		}
		return token.value();
	}

	private boolean dueForRenewal(IssuedToken token) {
		Duration lifetime = Duration.between(token.issuedAt(), token.expiresAt());
		Duration margin = (lifetime.dividedBy(2).compareTo(RENEWAL_MARGIN) < 0) ? lifetime.dividedBy(2)
				: RENEWAL_MARGIN;
		Instant renewAt = token.expiresAt().minus(margin);
		return !this.clock.instant().isBefore(renewAt);
	}

}
