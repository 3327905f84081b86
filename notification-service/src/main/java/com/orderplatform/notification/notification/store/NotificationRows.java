package com.orderplatform.notification.notification.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.Delivery;
import com.orderplatform.notification.notification.DeliveryStatus;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;

/**
 * How a notification maps to a row of {@code notifications}, for the repositories that
 * read and write it (here, and the queue and its statistics in the feature's top
 * package). Times are bound as {@link Timestamp}s, which both databases store with (at
 * least) millisecond precision.
 */
public final class NotificationRows {

	/** Every column a notification is read from. */
	public static final String COLUMNS = """
			id, order_id, channel, template_name, language, recipient, subject, body, status, failure_reason,
			sent_at, created_at, batch_id, idempotency_key, attempts, next_attempt_at""";

	static final String SELECT = "SELECT " + COLUMNS + " FROM notifications ";

	/**
	 * The columns a new row is written to, in the order {@link #bind} binds them: the one
	 * list that the single-row and the multi-row insert share.
	 */
	private static final List<String> INSERTED = List.of("order_id", "channel", "template_name", "language",
			"recipient", "subject", "body", "status", "failure_reason", "sent_at", "created_at", "batch_id",
			"idempotency_key", "attempts", "next_attempt_at", "lane", "fair_seq");

	/** Values per row: the parameters {@link #bind} sets for each. */
	static final int PARAMETERS_PER_ROW = INSERTED.size();

	static final String INSERT_INTO = "INSERT INTO notifications (" + String.join(", ", INSERTED) + ") VALUES ";

	/** One row's positional placeholders. */
	private static final String ROW_PLACEHOLDERS = "(" + String.join(", ", Collections.nCopies(PARAMETERS_PER_ROW, "?"))
			+ ")";

	private NotificationRows() {
	}

	/**
	 * The placeholders of a multi-row {@code VALUES} list.
	 * @param rows how many rows
	 * @return {@code (?, …), (?, …)}, one group per row, for {@link #INSERT_INTO}
	 */
	static String placeholders(int rows) {
		StringBuilder values = new StringBuilder(rows * (ROW_PLACEHOLDERS.length() + 2));
		for (int row = 0; row < rows; row++) {
			values.append((row > 0) ? ", " : "").append(ROW_PLACEHOLDERS);
		}
		return values.toString();
	}

	/**
	 * Binds the values of a new row to the placeholders after {@code offset}, in the
	 * order of {@link #INSERTED}, each with its SQL type (a {@code null} too, so that
	 * neither the driver nor Spring has to ask the database what it is).
	 * @param statement the statement of {@link #INSERT_INTO} and {@link #placeholders}
	 * @param offset how many parameters the rows before this one took
	 * @param notification the notification
	 * @param fairSeq its round in the bulk lane (see {@link BatchRounds}), 0 for a
	 * transactional one
	 * @return the offset of the next row
	 * @throws SQLException if the driver refuses a value
	 */
	static int bind(PreparedStatement statement, int offset, Notification notification, long fairSeq)
			throws SQLException {
		int index = offset;
		statement.setLong(++index, notification.orderId());
		setString(statement, ++index, notification.channel().code());
		setString(statement, ++index, notification.template().name());
		setString(statement, ++index, notification.template().language().code());
		setString(statement, ++index, notification.recipient());
		setString(statement, ++index, notification.message().subject());
		setString(statement, ++index, notification.message().body());
		setString(statement, ++index, notification.status().code());
		setString(statement, ++index, notification.failureReason());
		setTimestamp(statement, ++index, notification.sentAt());
		setTimestamp(statement, ++index, notification.createdAt());
		setString(statement, ++index, notification.batchId());
		setString(statement, ++index, notification.idempotencyKey());
		statement.setInt(++index, notification.attempts());
		setTimestamp(statement, ++index, notification.nextAttemptAt());
		setString(statement, ++index, notification.lane().code());
		statement.setLong(++index, fairSeq);
		assert index - offset == PARAMETERS_PER_ROW : "bound " + (index - offset) + " values to " + INSERTED;
		return index;
	}

	private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
		if (value != null) {
			statement.setString(index, value);
		}
		else {
			statement.setNull(index, Types.VARCHAR);
		}
	}

	private static void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
		if (value != null) {
			statement.setTimestamp(index, Timestamp.from(value));
		}
		else {
			statement.setNull(index, Types.TIMESTAMP);
		}
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
