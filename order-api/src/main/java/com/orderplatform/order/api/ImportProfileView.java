package com.orderplatform.order.api;

import java.time.Instant;
import java.util.List;

/**
 * A saved column mapping, e.g. one per corporate customer.
 *
 * @param name its name
 * @param headers the header set it recognises (a file with the same headers gets it
 * automatically)
 * @param mapping the mapping it applies
 * @param updatedBy who saved it last
 * @param updatedAt when
 */
public record ImportProfileView(String name, List<String> headers, ImportMappingSpec mapping, String updatedBy,
		Instant updatedAt) {
}
