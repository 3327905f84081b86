package com.orderplatform.order.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.api.OrderStatus;

/**
 * Which orders a list shows; every criterion is optional and they combine with AND.
 *
 * @param status only orders in this status
 * @param customerEmail only this customer's orders (exact address)
 * @param batchId only orders of this import batch
 * @param createdFrom only orders placed at or after this instant (inclusive)
 * @param createdTo only orders placed before this instant (exclusive)
 */
public record OrderFilter(OrderState status, String customerEmail, String batchId, Instant createdFrom,
		Instant createdTo) {

	/** A filter that matches every order. */
	public static final OrderFilter ALL = new OrderFilter(null, null, null, null, null);

	/**
	 * The filter a request's parameters ask for (the list's and the export's alike).
	 * @param status the API status, or {@code null}
	 * @param customerEmail an address, or {@code null}
	 * @param batchId an import batch, or {@code null}
	 * @param createdFrom inclusive, or {@code null}
	 * @param createdTo exclusive, or {@code null}
	 * @return the filter
	 */
	public static OrderFilter of(OrderStatus status, String customerEmail, String batchId, Instant createdFrom,
			Instant createdTo) {
		return new OrderFilter((status != null) ? OrderState.of(status) : null, customerEmail, batchId, createdFrom,
				createdTo);
	}

	/**
	 * The same filter, also leaving out orders placed at or after an instant.
	 * @param end the exclusive upper bound of {@code created_at}
	 * @return the narrowed filter
	 */
	public OrderFilter placedBefore(Instant end) {
		Instant to = (this.createdTo == null || end.isBefore(this.createdTo)) ? end : this.createdTo;
		return new OrderFilter(this.status, this.customerEmail, this.batchId, this.createdFrom, to);
	}

	/**
	 * Whether this filter is one import batch and nothing else, so that the batch's size
	 * is the number of orders it matches.
	 * @return {@code true} when only {@link #batchId()} is set
	 */
	boolean batchOnly() {
		return this.batchId != null && this.status == null && this.customerEmail == null && this.createdFrom == null
				&& this.createdTo == null;
	}

	/**
	 * The SQL {@code WHERE} clause for this filter, with named parameters; empty when
	 * nothing is filtered. Each criterion has its own index.
	 * @return the clause, starting with a space
	 */
	String whereClause() {
		List<String> conditions = new ArrayList<>();
		if (this.status != null) {
			conditions.add("status = :status");
		}
		if (this.customerEmail != null) {
			conditions.add("customer_email = :customerEmail");
		}
		if (this.batchId != null) {
			conditions.add("batch_id = :batchId");
		}
		if (this.createdFrom != null) {
			conditions.add("created_at >= :createdFrom");
		}
		if (this.createdTo != null) {
			conditions.add("created_at < :createdTo");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/**
	 * The values of the parameters {@link #whereClause()} uses.
	 * @return parameter name to value
	 */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (this.status != null) {
			parameters.put("status", this.status.dbValue());
		}
		if (this.customerEmail != null) {
			parameters.put("customerEmail", this.customerEmail);
		}
		if (this.batchId != null) {
			parameters.put("batchId", this.batchId);
		}
		if (this.createdFrom != null) {
			parameters.put("createdFrom", Timestamp.from(this.createdFrom));
		}
		if (this.createdTo != null) {
			parameters.put("createdTo", Timestamp.from(this.createdTo));
		}
		return parameters;
	}

}
