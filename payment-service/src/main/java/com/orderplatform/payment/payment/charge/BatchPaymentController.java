package com.orderplatform.payment.payment.charge;

import java.util.concurrent.CompletableFuture;

import com.orderplatform.common.web.BulkJson;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payments/batch}: pay many orders in one request. The batch's JSON
 * is read, validated and answered, and the batch paid, on a background worker
 * ({@link BulkJson}, {@link BatchPaymentService#workers}), which frees the request
 * thread; the answer and the errors are those of a plain {@code @Valid @RequestBody}.
 */
@RestController
@Tag(name = "Payments")
class BatchPaymentController {

	private static final MethodParameter BODY = BulkJson.body(BatchPaymentController.class, "pay");

	private final BatchPaymentService batches;

	private final BulkJson json;

	BatchPaymentController(BatchPaymentService batches, JsonMapper json, Validator validator) {
		this.batches = batches;
		this.json = new BulkJson(json, validator);
	}

	@PostMapping(path = "/api/v1/payments/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Pay many orders, each on its own (at most 1,000 by default)",
			description = "200 with one result per item in request order: completed, failed (invalid or declined) "
					+ "or already_paid. Sending the same batch again answers the same and charges nothing twice. "
					+ "400 for a missing or malformed batch_id, too many items, or an order named twice.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = BatchPaymentRequest.class))))
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BatchPaymentResponse.class)))
	CompletableFuture<ResponseEntity<byte[]>> pay(@RequestBody byte[] body) {
		return this.json.answer(this.batches.workers(), body, BODY, BatchPaymentRequest.class, HttpStatus.OK,
				this.batches::pay);
	}

}
