package com.orderplatform.common.management;

import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Keeps the Prometheus endpoint off the public port: it exists only when Actuator has a
 * port of its own ({@code OMS_MANAGEMENT_PORT}), so metrics are scraped per instance and
 * never through the load balancer or from the internet.
 */
@AutoConfiguration
public class ManagementAutoConfiguration {

	@Bean
	EndpointFilter<ExposableWebEndpoint> prometheusOnManagementPortOnly(Environment environment) {
		return new PrometheusOnManagementPortOnly(environment);
	}

}
