package com.orderplatform.common.security.revocation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.orderplatform.common.security.RevocationProperties;
import com.orderplatform.common.security.RevocationPulls;
import com.orderplatform.common.security.RevocationSource;
import com.orderplatform.common.security.TokenRevocation;
import com.orderplatform.common.security.TokenRevocationList;
import com.orderplatform.common.security.WebhookSignatures;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.web.client.RestClient;

/**
 * Pulls the revocation list from the order service
 * ({@code GET <issuer>/api/v1/auth/revocations}), signed with the shared secret. The
 * secret is read on the first pull, so a service that never pulls creates no secret file.
 */
public class RemoteRevocationSource implements RevocationSource {

	private final RestClient client;

	private final RevocationProperties properties;

	private final Path dataDir;

	private final Clock clock;

	private volatile byte[] secret;

	public RemoteRevocationSource(RestClient.Builder builder, RevocationProperties properties, Path dataDir,
			Clock clock) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withConnectTimeout(Duration.ofSeconds(2))
			.withReadTimeout(Duration.ofSeconds(5));
		this.client = builder.clone()
			.baseUrl(properties.issuer())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings))
			.build();
		this.properties = properties;
		this.dataDir = dataDir;
		this.clock = clock;
	}

	@Override
	public List<TokenRevocation> current() {
		TokenRevocationList list = this.client.get()
			.uri(RevocationPulls.PATH)
			.header(WebhookSignatures.HEADER, RevocationPulls.sign(secret(), this.clock.instant()))
			.retrieve()
			.body(TokenRevocationList.class);
		return (list != null && list.revocations() != null) ? list.revocations() : List.of();
	}

	private byte[] secret() {
		byte[] current = this.secret;
		if (current == null) {
			current = RevocationPulls.existingSecret(this.properties, this.dataDir);
			this.secret = current;
		}
		return current;
	}

}
