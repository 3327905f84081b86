package com.orderplatform.common.openapi;

import io.swagger.v3.core.converter.ModelConverter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Makes every service's OpenAPI document describe its wire: the schema generator follows
 * the platform's JSON conventions.
 */
@AutoConfiguration
public class OpenApiAutoConfiguration {

	/**
	 * The schema generator. Registered first, so that springdoc's own converters, which
	 * hand on to the next one, still run in front of it.
	 * @return the generator
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static ModelConverter conventionModelResolver() {
		return new ConventionModelResolver();
	}

}
