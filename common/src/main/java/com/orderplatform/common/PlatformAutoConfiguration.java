package com.orderplatform.common;

import com.orderplatform.common.http.RequestIdPropagatingInterceptor;
import com.orderplatform.common.json.JsonConventions;
import com.orderplatform.common.storage.SqlDialectPlaceholders;
import com.orderplatform.common.storage.SqliteDataDirectoryInitializer;
import com.orderplatform.common.web.RequestIdFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Wires the shared, non-domain parts into every service: JSON conventions, request ids in
 * and out, the SQLite data directory, and dialect placeholders for the shared migrations.
 */
@AutoConfiguration
public class PlatformAutoConfiguration {

	@Bean
	static SqliteDataDirectoryInitializer sqliteDataDirectoryInitializer() {
		return new SqliteDataDirectoryInitializer();
	}

	@Bean
	SqlDialectPlaceholders sqlDialectPlaceholders() {
		return new SqlDialectPlaceholders();
	}

	@Bean
	JsonConventions jsonConventions() {
		return new JsonConventions();
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	RestClientCustomizer requestIdPropagation() {
		return builder -> builder.requestInterceptor(new RequestIdPropagatingInterceptor());
	}

}
