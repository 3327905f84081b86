package com.orderplatform.order.auth;

import java.time.Clock;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.common.security.RevocationProperties;
import com.orderplatform.common.security.RevocationPulls;
import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.TokenRevocationList;
import com.orderplatform.common.security.WebhookSignatures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revocation list the payment and notification services pull
 * ({@code GET /api/v1/auth/revocations}). They hold no token, so a pull is authenticated
 * by its {@code X-OMS-Signature} with the secret the services share
 * ({@link RevocationPulls}); without a valid, fresh one the answer is 401 and names no
 * user.
 */
@RestController
@Tag(name = "Authentication")
class RevocationListController {

	private static final Logger log = LoggerFactory.getLogger(RevocationListController.class);

	private final UserRevocationSource source;

	private final byte[] secret;

	private final Clock clock;

	RevocationListController(UserRevocationSource source, RevocationProperties revocations, SharedSecrets secrets,
			Clock clock) {
		this.source = source;
		this.secret = RevocationPulls.secret(revocations, secrets);
		this.clock = clock;
	}

	@GetMapping(RevocationPulls.PATH)
	@SecurityRequirements
	@Operation(summary = "Users whose older tokens are revoked (for the other services)",
			description = "Authenticated by X-OMS-Signature over \"GET /api/v1/auth/revocations\" with the shared "
					+ "revocation secret; 401 without a valid, fresh one")
	@ProblemStatus(value = 401, when = "The request is not signed with the shared revocation secret")
	TokenRevocationList list(@RequestHeader(name = WebhookSignatures.HEADER, required = false) String signature) {
		RevocationPulls.verify(this.secret, signature, this.clock.instant());
		return new TokenRevocationList(this.source.current());
	}

	@ExceptionHandler(WebhookSignatures.InvalidSignatureException.class)
	ResponseEntity<ProblemDetail> refused(WebhookSignatures.InvalidSignatureException ex) {
		log.warn("Refused a pull of the revocation list: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"Revocation list refused: " + ex.getMessage());
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

}
