package com.orderplatform.order.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A profile to create or replace.
 *
 * @param headers the header set it recognises
 * @param mapping the mapping it applies
 */
public record ImportProfileRequest(@Nullable List<String> headers, @Nullable ImportMappingSpec mapping) {
}
