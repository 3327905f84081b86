package com.orderplatform.order.order.http;

import tools.jackson.databind.DeserializationFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses a fraction where the API takes a whole number: Jackson would otherwise read
 * {@code "quantity": 1.5} as 1 and the order would be placed for less than was asked. The
 * value is then a 400 naming the field ({@code items[0].quantity}), as every other wrong
 * value.
 */
@Configuration(proxyBeanMethods = false)
class WholeNumbersJson {

	@Bean
	JsonMapperBuilderCustomizer refuseFractionsForWholeNumbers() {
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

}
