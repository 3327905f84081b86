package com.orderplatform.common.security.web;

import java.io.IOException;

import com.orderplatform.common.security.tokens.RevokedTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers 401 with a problem detail and a {@code WWW-Authenticate: Bearer} challenge,
 * telling a missing token from an invalid or expired one, and from a revoked one.
 */
public class ProblemDetailsAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private static final String REVOKED = RevokedTokenValidator.REVOKED
			+ ": the password was changed or the account disabled since it was issued; log in again";

	private final ProblemResponses problems;

	public ProblemDetailsAuthenticationEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		String detail = RevokedTokenValidator.isRevocation(ex) ? REVOKED : tokenSent
				? "The bearer token is invalid, expired or from an untrusted issuer; log in again"
				: "Authentication required: send 'Authorization: Bearer <token>' (POST /api/v1/auth/login on the order service issues one)";
		String challenge = (ex instanceof InvalidBearerTokenException || tokenSent) ? "Bearer error=\"invalid_token\""
				: "Bearer";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

}
