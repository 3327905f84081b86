package com.orderplatform.common.storage;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the PostgreSQL driver send a batch of inserts as multi-row statements
 * ({@code reWriteBatchedInserts}): without it a batch of 1,000 rows is 1,000 statements,
 * the largest cost of an import on PostgreSQL (bench/NOTES.md). Added as a driver
 * property of the connection pool when {@code spring.datasource.url} is a PostgreSQL URL
 * and neither the URL nor the configuration sets it already; nothing changes on SQLite. A
 * service opts in through its own {@code META-INF/spring.factories} (order and payment
 * services): the driver then reports a rewritten batch's rows as "succeeded, count
 * unknown", so a service that tells new rows from duplicates by a batch's update counts
 * (the notification service's bulk insert) must not use it.
 */
public class PostgresBatchedInserts implements EnvironmentPostProcessor {

	static final String PROPERTY = "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts")
				|| environment.containsProperty(PROPERTY)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("omsPostgresBatchedInserts", Map.of(PROPERTY, "true")));
	}

}
