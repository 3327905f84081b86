package com.orderplatform.order.order.http;

import java.util.Locale;

import com.orderplatform.order.api.OrderStatus;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ?status=payment_processing} in any case, as JSON bodies are read; an
 * unknown value becomes a 400 naming the parameter. Spring Boot registers converter beans
 * with MVC.
 */
@Component
class OrderStatusConverter implements Converter<String, OrderStatus> {

	@Override
	public OrderStatus convert(String source) {
		return OrderStatus.valueOf(source.strip().toUpperCase(Locale.ROOT));
	}

}
