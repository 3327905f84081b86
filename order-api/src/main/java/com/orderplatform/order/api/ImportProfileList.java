package com.orderplatform.order.api;

import java.util.List;

/**
 * All mapping profiles, by name.
 *
 * @param items the profiles
 */
public record ImportProfileList(List<ImportProfileView> items) {
}
