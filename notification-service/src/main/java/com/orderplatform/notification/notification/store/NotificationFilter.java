package com.orderplatform.notification.notification.store;

import java.util.ArrayList;
import java.util.List;

import com.orderplatform.notification.notification.DeliveryStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which notifications a list shows.
 *
 * @param status only this status, or {@code null} for all
 * @param batchId only this batch, or {@code null} for all
 */
public record NotificationFilter(DeliveryStatus status, String batchId) {

	/** Every notification. */
	public static final NotificationFilter ALL = new NotificationFilter(null, null);

	/**
	 * Only one status.
	 * @param status the status
	 * @return the filter
	 */
	public static NotificationFilter status(DeliveryStatus status) {
		return new NotificationFilter(status, null);
	}

	String where() {
		List<String> conditions = new ArrayList<>();
		if (this.status != null) {
			conditions.add("status = :status");
		}
		if (this.batchId != null) {
			conditions.add("batch_id = :batchId");
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

	MapSqlParameterSource parameters() {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (this.status != null) {
			parameters.addValue("status", this.status.code());
		}
		if (this.batchId != null) {
			parameters.addValue("batchId", this.batchId);
		}
		return parameters;
	}

}
