package com.orderplatform.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Delivers through {@link ScriptedTransports} instead of the log. */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedTransportsConfiguration {

	@Bean
	@Primary
	ScriptedTransports scriptedTransports() {
		return new ScriptedTransports();
	}

}
