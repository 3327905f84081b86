package com.orderplatform.order.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where one field's value comes from: either {@code headers} or {@code value}.
 *
 * @param headers the source header texts (as in the file, trimmed), joined in this order
 * when several
 * @param separator what joins several columns, {@code " "} when absent
 * @param value a fixed value for every row (e.g. {@code JPY} for currency)
 */
public record ImportFieldSource(@Nullable List<String> headers, @Nullable String separator, @Nullable String value) {
}
