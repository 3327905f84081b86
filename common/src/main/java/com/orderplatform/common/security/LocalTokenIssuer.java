package com.orderplatform.common.security;

import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Implemented by the service that issues tokens itself (the order service), so that it
 * checks its own tokens with its key directly instead of fetching its own key set over
 * HTTP.
 */
public interface LocalTokenIssuer {

	/**
	 * The issuer URL written into the tokens' {@code iss} claim.
	 * @return the issuer
	 */
	String issuer();

	/**
	 * A decoder that verifies this issuer's tokens.
	 * @return the decoder
	 */
	JwtDecoder decoder();

}
