package com.orderplatform.testsupport.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract check for clients of services running as processes (the end-to-end suite):
 * each exchange is checked against the document the service it was sent to publishes at
 * {@code /v3/api-docs}, read once per service address.
 */
public final class ServiceContracts {

	private static final Map<String, ContractValidator> VALIDATORS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ServiceContracts() {
	}

	/**
	 * Fails when the exchange contradicts the document of the service it was sent to.
	 * @param uri the URI the request went to
	 * @param exchange the exchange
	 */
	public static void check(URI uri, Exchange exchange) {
		String base = uri.getScheme() + "://" + uri.getRawAuthority();
		VALIDATORS.computeIfAbsent(base, ServiceContracts::load).assertConforms(exchange, CurrentTest.checksRequests());
	}

	private static ContractValidator load(String base) {
		try {
			HttpResponse<String> document = HTTP.send(
					HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (document.statusCode() != 200) {
				throw new IllegalStateException(base + "/v3/api-docs answered " + document.statusCode());
			}
			return new ContractValidator(document.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The OpenAPI document of " + base + " could not be read", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
