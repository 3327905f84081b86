/**
 * Tokens: the login endpoint, which turns a checked user name and password into a signed
 * JWT (RS256) for every service of the platform; the signing key, generated on the first
 * start and kept in the database so tokens survive restarts and instances share it; the
 * OIDC discovery document and key set the other services verify the tokens with; the
 * local verification of this service's own tokens; and the service identity
 * ({@code sub = order-service}, {@code roles = [service]}) on the calls to the payment
 * and notification services.
 */
package com.orderplatform.order.auth;
