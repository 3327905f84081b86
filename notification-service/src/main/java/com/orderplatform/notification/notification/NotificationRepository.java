package com.orderplatform.notification.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.orderplatform.notification.notification.Notification.Delivery;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores notifications in {@code notifications}; the same SQL runs on SQLite and
 * PostgreSQL.
 */
@Repository
public class NotificationRepository {

	private static final String SELECT = """
			SELECT id, order_id, channel, template_name, language, recipient, subject, body,
			       status, failure_reason, sent_at, created_at
			FROM notifications
			""";

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves a new notification.
	 * @param notification a notification without id
	 * @return the same notification with its id
	 */
	public Notification insert(Notification notification) {
		long id = this.jdbc.sql("""
				INSERT INTO notifications (order_id, channel, template_name, language, recipient, subject, body,
				                           status, failure_reason, sent_at, created_at)
				VALUES (:orderId, :channel, :templateName, :language, :recipient, :subject, :body,
				        :status, :failureReason, :sentAt, :createdAt)
				RETURNING id
				""")
			.param("orderId", notification.orderId())
			.param("channel", notification.channel().code())
			.param("templateName", notification.template().name())
			.param("language", notification.template().language().code())
			.param("recipient", notification.recipient())
			.param("subject", notification.message().subject())
			.param("body", notification.message().body())
			.param("status", notification.status().code())
			.param("failureReason", notification.failureReason())
			.param("sentAt", timestamp(notification.sentAt()))
			.param("createdAt", timestamp(notification.createdAt()))
			.query(Long.class)
			.single();
		return notification.withId(id);
	}

	/**
	 * Saves the delivery outcome of a notification that was pending. Only a pending row
	 * is updated, so two deliveries of one notification can never both record an outcome.
	 * @param notification a saved notification, now sent or failed
	 * @throws IllegalNotificationStateException if the stored row is no longer pending
	 */
	public void saveDeliveryOutcome(Notification notification) {
		int updated = this.jdbc.sql("""
				UPDATE notifications SET status = :status, failure_reason = :failureReason, sent_at = :sentAt
				WHERE id = :id AND status = :pending
				""")
			.param("status", notification.status().code())
			.param("failureReason", notification.failureReason())
			.param("sentAt", timestamp(notification.sentAt()))
			.param("id", notification.id())
			.param("pending", DeliveryStatus.PENDING.code())
			.update();
		if (updated != 1) {
			throw IllegalNotificationStateException.noLongerPending(notification.id(), notification.status());
		}
	}

	/**
	 * Finds a notification.
	 * @param id its id
	 * @return the notification, or empty
	 */
	public Optional<Notification> findById(long id) {
		return this.jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(this::map).optional();
	}

	/**
	 * Every notification about one order, oldest first.
	 * @param orderId the order's id
	 * @return the notifications, possibly none
	 */
	public List<Notification> findByOrderId(long orderId) {
		return this.jdbc.sql(SELECT + "WHERE order_id = :orderId ORDER BY created_at, id")
			.param("orderId", orderId)
			.query(this::map)
			.list();
	}

	/**
	 * One page of notifications, newest first.
	 * @param status only this status, or {@code null} for all
	 * @param skip how many to pass over
	 * @param limit how many at most
	 * @return the page's notifications
	 */
	public List<Notification> findPage(DeliveryStatus status, int skip, int limit) {
		String where = (status != null) ? "WHERE status = :status " : "";
		JdbcClient.StatementSpec query = this.jdbc
			.sql(SELECT + where + "ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("limit", limit)
			.param("skip", skip);
		if (status != null) {
			query = query.param("status", status.code());
		}
		return query.query(this::map).list();
	}

	/**
	 * Counts notifications.
	 * @param status only this status, or {@code null} for all
	 * @return how many there are
	 */
	public long count(DeliveryStatus status) {
		if (status == null) {
			return this.jdbc.sql("SELECT COUNT(*) FROM notifications").query(Long.class).single();
		}
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE status = :status")
			.param("status", status.code())
			.query(Long.class)
			.single();
	}

	private Notification map(ResultSet rs, int row) throws SQLException {
		TemplateKey template = new TemplateKey(rs.getString("template_name"), Channel.fromCode(rs.getString("channel")),
				Language.fromCode(rs.getString("language")));
		RenderedMessage message = new RenderedMessage(rs.getString("subject"), rs.getString("body"));
		Delivery delivery = new Delivery(DeliveryStatus.fromCode(rs.getString("status")),
				rs.getString("failure_reason"), instant(rs.getTimestamp("sent_at")));
		return Notification.restore(rs.getLong("id"), rs.getLong("order_id"), template, rs.getString("recipient"),
				message, instant(rs.getTimestamp("created_at")), delivery);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
