package com.orderplatform.order.api;

import org.jspecify.annotations.Nullable;

/**
 * A user's confirmed mapping for a job that waits for one.
 *
 * @param mapping the mapping
 * @param saveAsProfile a profile name to keep the mapping under (created or replaced),
 * {@code null} to keep none
 */
public record ImportMappingRequest(@Nullable ImportMappingSpec mapping, @Nullable String saveAsProfile) {
}
