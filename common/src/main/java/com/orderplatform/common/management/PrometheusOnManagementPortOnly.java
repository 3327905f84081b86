package com.orderplatform.common.management;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.core.env.Environment;

/**
 * Drops the {@code prometheus} web endpoint unless Actuator listens on a port of its own:
 * the scrape needs no token there, and on the public port it would either need one (no
 * scraper has it) or publish the service's internals to every caller.
 */
final class PrometheusOnManagementPortOnly implements EndpointFilter<ExposableWebEndpoint> {

	static final EndpointId PROMETHEUS = EndpointId.of("prometheus");

	private final Environment environment;

	PrometheusOnManagementPortOnly(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean match(ExposableWebEndpoint endpoint) {
		return !PROMETHEUS.equals(endpoint.getEndpointId())
				|| ManagementPortType.get(this.environment) == ManagementPortType.DIFFERENT;
	}

}
