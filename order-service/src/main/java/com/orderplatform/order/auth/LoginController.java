package com.orderplatform.order.auth;

import java.util.List;
import java.util.Locale;

import com.orderplatform.order.api.LoginRequest;
import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.order.user.AuthenticatedUser;
import com.orderplatform.order.user.UserLoginService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Logs a user in: checks the credentials and issues a token ({@code public}). */
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
			description = "401 for an unknown user, a wrong password or a disabled account alike; "
					+ "429 with Retry-After while the account is locked after repeated failures")
	TokenResponse login(@Valid @RequestBody LoginRequest request) {
		AuthenticatedUser user = this.logins.authenticate(request.username(), request.password());
		IssuedToken token = this.tokens.issue(user.username(), List.of(user.role().name().toLowerCase(Locale.ROOT)));
		return new TokenResponse(token.value(), "bearer", this.tokens.tokenTtl().toSeconds(), user.role());
	}

}
