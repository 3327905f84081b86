package com.orderplatform.order.user;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.order.api.CreateUserRequest;
import com.orderplatform.order.api.UpdateUserRequest;
import com.orderplatform.order.api.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The users API ({@code /api/v1/users}, admins only). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Create, list, enable and disable user accounts (admin)")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@PostMapping({ "", "/" })
	@Operation(summary = "Create a user", description = "409 when the user name is taken")
	@ApiResponse(responseCode = "201", description = "The new user", useReturnTypeSchema = true)
	@ProblemStatus(value = 409, when = "The user name is taken")
	ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request, Principal caller,
			UriComponentsBuilder uri) {
		UserView user = this.users.create(request, caller.getName());
		URI location = uri.path("/api/v1/users/{username}").buildAndExpand(user.username()).toUri();
		return ResponseEntity.created(location).body(user);
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "List users by user name")
	List<UserView> list() {
		return this.users.list();
	}

	@GetMapping("/{username}")
	@Operation(summary = "Read a user")
	UserView get(@PathVariable String username) {
		return this.users.get(username);
	}

	@PatchMapping("/{username}")
	@Operation(summary = "Enable or disable a user, or change their email address",
			description = "Fields left out stay as they are; an empty email removes it. 409 when an admin disables "
					+ "their own account; tokens already issued stay valid until they expire")
	UserView update(@PathVariable String username, @Valid @RequestBody UpdateUserRequest request, Principal caller) {
		return this.users.update(username, request, caller.getName());
	}

}
