package com.orderplatform.order.user;

import java.time.Instant;

/**
 * A user's tokens were revoked: the user was disabled or changed password, and tokens
 * with a lower version than {@code tokenVersion} must be refused from now on. Published
 * synchronously after the change is stored, before the request that made it is answered.
 *
 * @param username the user name (the tokens' subject)
 * @param tokenVersion the user's new token version
 * @param at when
 */
public record UserTokensRevoked(String username, long tokenVersion, Instant at) {
}
