package com.orderplatform.common.security.web;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 403 with a problem detail naming the caller's role and what it tried.
 */
public class ProblemDetailsAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemResponses problems;

	public ProblemDetailsAccessDeniedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		String roles = (caller != null) ? caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(authority -> authority.replaceFirst("^ROLE_", "").toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.joining(", ")) : "";
		String detail = "Role '%s' may not %s %s".formatted(roles.isEmpty() ? "none" : roles, request.getMethod(),
				request.getRequestURI());
		this.problems.write(request, response, HttpStatus.FORBIDDEN, detail);
	}

}
