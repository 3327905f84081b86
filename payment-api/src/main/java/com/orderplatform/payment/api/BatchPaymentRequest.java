package com.orderplatform.payment.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /api/v1/payments/batch}: charge many orders in one request, each on its
 * own. Sending the same batch again is safe: what it paid is answered again, nothing is
 * charged twice. At most {@code oms.payments.batch.max-items} items (1,000 by default),
 * each order at most once.
 *
 * @param batchId the caller's id of the batch (an import's chunk), 1 to 64 letters,
 * digits, {@code .}, {@code _}, {@code :} or {@code -}; stored with every payment it
 * makes
 * @param items the orders to charge, answered in this order
 */
public record BatchPaymentRequest(
		@NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}",
				message = "must be 1 to 64 letters, digits, '.', '_', ':' or '-'") String batchId,
		@NotEmpty List<@NotNull @Valid BatchPaymentItem> items) {
}
