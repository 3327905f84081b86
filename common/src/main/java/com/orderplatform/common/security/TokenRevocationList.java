package com.orderplatform.common.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Revocations as they travel between the services: pushed by the order service to
 * {@code POST /api/v1/auth/revocations} of the others, and pulled by them from its
 * {@code GET /api/v1/auth/revocations}.
 *
 * @param revocations the entries
 */
public record TokenRevocationList(@NotNull @Size(max = 100_000) List<@Valid @NotNull TokenRevocation> revocations) {

	public TokenRevocationList {
		revocations = (revocations != null) ? List.copyOf(revocations) : null;
	}

}
