package com.orderplatform.testsupport.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a service whether it is ready, as {@code ./oms run} and a load balancer would: its
 * readiness probe {@code /readyz} answers 200 with status {@code UP} (the database
 * reachable, start-up done). A service that does not answer yet (connection refused,
 * timeout) is simply not ready.
 */
final class HealthCheck {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private HealthCheck() {
	}

	/**
	 * Whether the service at the address is healthy now.
	 * @param baseUri the service's address
	 * @return {@code true} if it says {@code UP}
	 */
	static boolean isHealthy(URI baseUri) {
		HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/readyz")).timeout(Duration.ofSeconds(2)).build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
