package com.orderplatform.notification.notification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.Delivery;
import com.orderplatform.notification.notification.DeliveryStatus;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How a notification maps to a row of {@code notifications}, for the repositories that
 * read and write it (here, and the queue and its statistics in the feature's top
 * package). Times are bound as {@link Timestamp}s, which both databases store with (at
 * least) millisecond precision.
 */
public final class NotificationRows {

	/** Every column a notification is read from, in the order of {@link #INSERT}. */
	public static final String COLUMNS = """
			id, order_id, channel, template_name, language, recipient, subject, body, status, failure_reason,
			sent_at, created_at, batch_id, idempotency_key, attempts, next_attempt_at""";

	static final String SELECT = "SELECT " + COLUMNS + " FROM notifications ";

	static final String INSERT_INTO = """
			INSERT INTO notifications (order_id, channel, template_name, language, recipient, subject, body,
			                           status, failure_reason, sent_at, created_at, batch_id, idempotency_key,
			                           attempts, next_attempt_at, lane, fair_seq)
			VALUES """;

	/** One row's values, named as {@link #parameters} names them. */
	static final String VALUES = """
			(:orderId, :channel, :templateName, :language, :recipient, :subject, :body, :status, :failureReason, \
			:sentAt, :createdAt, :batchId, :idempotencyKey, :attempts, :nextAttemptAt, :lane, :fairSeq)""";

	static final String INSERT = INSERT_INTO + VALUES + " ";

	private NotificationRows() {
	}

	/**
	 * The values of a new row.
	 * @param notification the notification
	 * @param fairSeq its round in the bulk lane (see {@link BatchRounds}), 0 for a
	 * transactional one
	 * @return the named parameters of {@link #INSERT}
	 */
	static MapSqlParameterSource parameters(Notification notification, long fairSeq) {
		return new MapSqlParameterSource().addValue("orderId", notification.orderId())
			.addValue("channel", notification.channel().code())
			.addValue("templateName", notification.template().name())
			.addValue("language", notification.template().language().code())
			.addValue("recipient", notification.recipient())
			.addValue("subject", notification.message().subject())
			.addValue("body", notification.message().body())
			.addValue("status", notification.status().code())
			.addValue("failureReason", notification.failureReason())
			.addValue("sentAt", timestamp(notification.sentAt()))
			.addValue("createdAt", timestamp(notification.createdAt()))
			.addValue("batchId", notification.batchId())
			.addValue("idempotencyKey", notification.idempotencyKey())
			.addValue("attempts", notification.attempts())
			.addValue("nextAttemptAt", timestamp(notification.nextAttemptAt()))
			.addValue("lane", notification.lane().code())
			.addValue("fairSeq", fairSeq);
	}

	public static Notification map(ResultSet rs, int row) throws SQLException {
		TemplateKey template = new TemplateKey(rs.getString("template_name"), Channel.fromCode(rs.getString("channel")),
				Language.fromCode(rs.getString("language")));
		Content content = new Content(rs.getLong("order_id"), template, rs.getString("recipient"),
				new RenderedMessage(rs.getString("subject"), rs.getString("body")));
		Delivery delivery = new Delivery(DeliveryStatus.fromCode(rs.getString("status")),
				rs.getString("failure_reason"), instant(rs.getTimestamp("sent_at")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")));
		return Notification.restore(rs.getLong("id"), content, instant(rs.getTimestamp("created_at")),
				new Queueing(rs.getString("batch_id"), rs.getString("idempotency_key")), delivery);
	}

	public static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	public static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
