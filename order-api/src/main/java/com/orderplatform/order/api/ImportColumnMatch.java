package com.orderplatform.order.api;

import org.jspecify.annotations.Nullable;

/**
 * How one header cell was matched to a field.
 *
 * @param header the header cell as written (trimmed)
 * @param field the field it is suggested for, {@code null} when none
 * @param match {@code exact}, {@code alias}, {@code fuzzy}, {@code profile} or
 * {@code none}
 * @param score how sure the match is, 0…1
 */
public record ImportColumnMatch(String header, @Nullable String field, String match, double score) {
}
