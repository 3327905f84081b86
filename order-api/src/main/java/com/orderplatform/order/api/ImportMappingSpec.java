package com.orderplatform.order.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How a file's columns become the import's fields (a column mapping, confirmed by a user
 * or kept in a profile).
 *
 * @param fields target field ({@code customer_email}, {@code customer_name},
 * {@code product_name}, {@code quantity}, {@code unit_price}, {@code currency},
 * {@code notes}, {@code order_ref}) → where its value comes from
 * @param ignored source headers deliberately not imported (no warning)
 */
public record ImportMappingSpec(Map<String, ImportFieldSource> fields, List<String> ignored) {

	/** Reads absent lists as empty ones (a request may leave them out). */
	public ImportMappingSpec(@Nullable Map<String, ImportFieldSource> fields, @Nullable List<String> ignored) {
		this.fields = (fields != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(fields)) : Map.of();
		this.ignored = (ignored != null) ? List.copyOf(ignored) : List.of();
	}

}
