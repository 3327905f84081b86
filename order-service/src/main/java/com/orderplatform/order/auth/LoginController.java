package com.orderplatform.order.auth;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.order.api.LoginRequest;
import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.order.user.AuthenticatedUser;
import com.orderplatform.order.user.UserLoginService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Logs a user in: checks the credentials and issues a token ({@code public}). The client
 * the login throttle counts is the request's remote address.
 */
@RestController
@Tag(name = "Authentication", description = "Log in for a bearer token accepted by every service")
class LoginController {

	private final UserLoginService logins;

	private final TokenIssuer tokens;

	LoginController(UserLoginService logins, TokenIssuer tokens) {
		this.logins = logins;
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/login")
	@SecurityRequirements
	@Operation(summary = "Log in with user name and password",
			description = "401 for an unknown user, a wrong password or a disabled account alike; 429 with "
					+ "Retry-After after 5 failed logins for a user name from this client (30 s, doubling up to "
					+ "15 min) or 20 from this client for any user names, unknown ones included")
	@ProblemStatus(value = 401, when = "Wrong user name or password (or a disabled account)")
	@ProblemStatus(value = 429, when = "Too many failed logins from this client; Retry-After says when to try again")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		AuthenticatedUser user = this.logins.authenticate(request.username(), request.password(), http.getRemoteAddr());
		return response(this.tokens, user);
	}

	static TokenResponse response(TokenIssuer tokens, AuthenticatedUser user) {
		IssuedToken token = tokens.issueFor(user);
		return new TokenResponse(token.value(), "bearer", tokens.tokenTtl().toSeconds(), user.role());
	}

}
