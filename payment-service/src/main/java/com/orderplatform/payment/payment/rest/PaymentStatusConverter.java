package com.orderplatform.payment.payment.rest;

import java.util.Locale;

import com.orderplatform.payment.api.PaymentStatus;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ?status=completed} in any case, as JSON bodies are read; Spring's own enum
 * conversion only accepts the constant's exact name. An empty value means no filter.
 */
@Component
class PaymentStatusConverter implements Converter<String, PaymentStatus> {

	@Override
	public PaymentStatus convert(String source) {
		String name = source.trim();
		return name.isEmpty() ? null : PaymentStatus.valueOf(name.toUpperCase(Locale.ROOT));
	}

}
