package com.orderplatform.order.auth;

import java.security.Principal;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.order.api.ChangePasswordRequest;
import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.order.user.AuthenticatedUser;
import com.orderplatform.order.user.UserLoginService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user changes their own password ({@code viewer}, {@code operator} and {@code admin};
 * never {@code service}). The change revokes every token the user holds, the one of this
 * request included, so the answer carries a fresh token: the caller stays logged in, any
 * other session of the user ends.
 */
@RestController
@Tag(name = "Users")
class OwnPasswordController {

	private final UserLoginService logins;

	private final TokenIssuer tokens;

	OwnPasswordController(UserLoginService logins, TokenIssuer tokens) {
		this.logins = logins;
		this.tokens = tokens;
	}

	@PutMapping("/api/v1/users/me/password")
	@Operation(summary = "Change your own password",
			description = "200 with a fresh token (the old ones are revoked on every service); 400 naming "
					+ "current_password when it is wrong or new_password when it is unusable; 429 with Retry-After "
					+ "after repeated wrong current passwords, counted with failed logins")
	@ProblemStatus(value = 429, when = "Too many wrong current passwords; Retry-After says when to try again")
	TokenResponse change(@Valid @RequestBody ChangePasswordRequest request, Principal caller, HttpServletRequest http) {
		AuthenticatedUser user = this.logins.changeOwnPassword(caller.getName(), request.currentPassword(),
				request.newPassword(), http.getRemoteAddr());
		return LoginController.response(this.tokens, user);
	}

}
