package com.orderplatform.common.management;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Binds Actuator's own server to the interface the public one uses
 * ({@code OMS_BIND_ADDRESS}, the loopback interface by default). Spring Boot would bind
 * it to every interface when {@code management.server.address} is unset, and refuses that
 * setting when Actuator shares the public port, so it cannot simply be written in
 * {@code platform-defaults.yml}: it is added here, last, only when the ports differ.
 */
public class ManagementServerAddress implements EnvironmentPostProcessor {

	static final String PROPERTY = "management.server.address";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String address = environment.getProperty("server.address");
		if (address == null || address.isBlank() || environment.containsProperty(PROPERTY)
				|| ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("omsManagementServerAddress", Map.of(PROPERTY, address)));
	}

}
