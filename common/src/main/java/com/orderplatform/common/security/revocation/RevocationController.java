package com.orderplatform.common.security.revocation;

import java.security.Principal;

import com.orderplatform.common.security.RevocationPulls;
import com.orderplatform.common.security.TokenRevocation;
import com.orderplatform.common.security.TokenRevocationList;
import com.orderplatform.common.security.TokenRevocations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives the revocations the order service pushes the moment a user is disabled or
 * changes password ({@code POST /api/v1/auth/revocations}, {@code service} role only), so
 * the user's old tokens are refused here before the order service even answers.
 */
@RestController
@Tag(name = "Token revocations", description = "The order service pushes revoked tokens (service role)")
public class RevocationController {

	private static final Logger log = LoggerFactory.getLogger(RevocationController.class);

	private final TokenRevocations revocations;

	public RevocationController(TokenRevocations revocations) {
		this.revocations = revocations;
	}

	@PostMapping(RevocationPulls.PATH)
	@Operation(summary = "Apply revocations pushed by the order service")
	@ApiResponse(responseCode = "204", description = "Applied")
	ResponseEntity<Void> receive(@Valid @RequestBody TokenRevocationList pushed, Principal caller) {
		int raised = this.revocations.apply(pushed.revocations());
		log.info("Applied {} token revocation(s) pushed by '{}', {} of them new, for {}", pushed.revocations().size(),
				caller.getName(), raised,
				pushed.revocations().stream().limit(10).map(TokenRevocation::subject).toList());
		return ResponseEntity.noContent().build();
	}

}
