package com.orderplatform.common.openapi;

import com.orderplatform.common.security.PublicEndpoints;
import io.swagger.v3.core.converter.ModelConverter;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Makes every service's OpenAPI document describe its wire: the schema generator follows
 * the platform's JSON conventions, and every operation gets the responses, problem
 * details and security the platform's rules give it.
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

	@Bean
	static OperationRules platformOperationRules() {
		return new OperationRules();
	}

	@Bean
	PlatformOpenApiCustomizer platformOpenApiCustomizer(ObjectProvider<PublicEndpoints> publicEndpoints) {
		return new PlatformOpenApiCustomizer(publicEndpoints.orderedStream().toList());
	}

}
