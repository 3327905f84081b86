package com.orderplatform.common.security;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A user's tokens revoked up to a version: every platform token of the subject whose
 * {@code ver} claim is below {@code version} is refused. The order service raises a
 * user's version when the user is disabled or changes password; the entry matters only
 * until {@code expiresAt}, when every token issued before the change has expired anyway.
 *
 * @param subject the user name (the tokens' {@code sub})
 * @param version the user's current token version; lower ones are revoked
 * @param expiresAt when the last token this entry can refuse expires
 */
public record TokenRevocation(@NotBlank @Size(max = 255) String subject, @Positive long version,
		@NotNull Instant expiresAt) {
}
