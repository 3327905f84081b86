/**
 * Which bearer tokens are accepted:
 * {@link com.orderplatform.common.security.tokens.TrustedIssuers} picks the decoder of a
 * token's issuer (the local issuer's own key, or OIDC discovery with timeouts and
 * remembered failures in {@code IssuerKeys}), requires the audience, maps the role claim
 * to authorities (external issuers never grant {@code service}), and plugs in
 * {@link com.orderplatform.common.security.tokens.RevokedTokenValidator}, which refuses a
 * revoked platform token. It may use the settings, roles, local issuer and revocation
 * list of {@code common.security}.
 */
package com.orderplatform.common.security.tokens;
