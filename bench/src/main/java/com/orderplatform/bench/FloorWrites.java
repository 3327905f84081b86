package com.orderplatform.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The floor's writes of one chunk into each database ({@link ImportFloor}): the rows a
 * successful import leaves, each written once in its final state, as JDBC batches in one
 * transaction per database and chunk. Orders: {@code orders} (paid), one
 * {@code order_items} row each, the three {@code order_status_history} rows the import
 * leaves (placed → pending, → payment_processing, → paid) and one {@code order_stats}
 * upsert. Payments: {@code payments} (completed) and the gateway simulator's
 * {@code gateway_charges}. Notifications: the queued ORDER_CONFIRMATION
 * ({@code notifications}, bulk lane) and the batch's {@code notification_batches} round.
 */
final class FloorWrites {

	private static final String[][] HISTORY = { { null, "pending" }, { "pending", "payment_processing" },
			{ "payment_processing", "paid" } };

	private FloorWrites() {
	}

	/**
	 * A chunk's valid rows, in file order.
	 *
	 * @param rows the rows
	 * @param rowNumbers each row's number in the file (the header is row 1), as the
	 * import records it in {@code import_row_number}
	 */
	record Chunk(List<OrderRow> rows, List<Integer> rowNumbers) {
	}

	/**
	 * Writes a chunk's orders, items, history and figures and commits.
	 * @return the orders' ids, in the chunk's order
	 */
	static long[] orders(Connection connection, Chunk chunk, String batchId, String csvSource, Instant at)
			throws SQLException {
		long[] ids = reserveIds(connection, chunk.rows().size());
		Timestamp when = Timestamp.from(at);
		long total = 0;
		try (PreparedStatement orders = connection.prepareStatement("""
				INSERT INTO orders (id, customer_email, customer_name, status, total_amount, currency, batch_id,
				    import_row_number, csv_source, created_at, updated_at)
				VALUES (?, ?, ?, 'paid', ?, 'JPY', ?, ?, ?, ?, ?)""");
				PreparedStatement items = connection.prepareStatement("""
						INSERT INTO order_items (order_id, product_name, quantity, unit_price, notes)
						VALUES (?, ?, ?, ?, ?)""");
				PreparedStatement history = connection.prepareStatement("""
						INSERT INTO order_status_history (order_id, from_status, to_status, reason, changed_at)
						VALUES (?, ?, ?, NULL, ?)""")) {
			for (int i = 0; i < ids.length; i++) {
				OrderRow row = chunk.rows().get(i);
				orders.setLong(1, ids[i]);
				orders.setString(2, row.customerEmail());
				orders.setString(3, row.customerName());
				orders.setLong(4, row.total());
				orders.setString(5, batchId);
				orders.setInt(6, chunk.rowNumbers().get(i));
				orders.setString(7, csvSource);
				orders.setTimestamp(8, when);
				orders.setTimestamp(9, when);
				orders.addBatch();
				items.setLong(1, ids[i]);
				items.setString(2, row.productName());
				items.setInt(3, row.quantity());
				items.setLong(4, row.unitPrice());
				items.setObject(5, row.notes().isEmpty() ? null : row.notes(), Types.VARCHAR);
				items.addBatch();
				for (String[] step : HISTORY) {
					history.setLong(1, ids[i]);
					history.setString(2, step[0]);
					history.setString(3, step[1]);
					history.setTimestamp(4, when);
					history.addBatch();
				}
				total += row.total();
			}
			orders.executeBatch();
			items.executeBatch();
			history.executeBatch();
		}
		try (PreparedStatement stats = connection.prepareStatement("""
				INSERT INTO order_stats (quarter_hour, status, order_count, total_amount) VALUES (?, 'paid', ?, ?)
				ON CONFLICT (quarter_hour, status) DO UPDATE SET
				    order_count = order_stats.order_count + excluded.order_count,
				    total_amount = order_stats.total_amount + excluded.total_amount""")) {
			stats.setLong(1, Math.floorDiv(at.toEpochMilli(), 900_000L));
			stats.setLong(2, ids.length);
			stats.setLong(3, total);
			stats.executeUpdate();
		}
		connection.commit();
		return ids;
	}

	/**
	 * Writes a chunk's payments (completed) and the gateway's charges, and commits.
	 */
	static void payments(Connection connection, Chunk chunk, long[] ids, String batchId, Instant at)
			throws SQLException {
		Timestamp when = Timestamp.from(at);
		try (PreparedStatement payments = connection.prepareStatement("""
				INSERT INTO payments (order_id, amount, currency, status, payment_method, transaction_id,
				    failure_reason, batch_id, created_at, updated_at)
				VALUES (?, ?, 'JPY', 'completed', 'credit_card', ?, NULL, ?, ?, ?)""");
				PreparedStatement charges = connection.prepareStatement("""
						INSERT INTO gateway_charges (idempotency_key, order_id, amount, currency, transaction_id,
						    approved_at) VALUES (?, ?, ?, 'JPY', ?, ?)""")) {
			for (int i = 0; i < ids.length; i++) {
				String transaction = UUID.randomUUID().toString();
				long amount = chunk.rows().get(i).total();
				payments.setLong(1, ids[i]);
				payments.setLong(2, amount);
				payments.setString(3, transaction);
				payments.setString(4, batchId);
				payments.setTimestamp(5, when);
				payments.setTimestamp(6, when);
				payments.addBatch();
				charges.setString(1, "order-" + ids[i]);
				charges.setLong(2, ids[i]);
				charges.setLong(3, amount);
				charges.setString(4, transaction);
				charges.setTimestamp(5, when);
				charges.addBatch();
			}
			payments.executeBatch();
			charges.executeBatch();
		}
		connection.commit();
	}

	/**
	 * Queues a chunk's order confirmations (rendered, as the notification service stores
	 * them) with their rounds in the batch, and commits.
	 * @param firstSeq the round of the chunk's first notification
	 */
	static void notifications(Connection connection, Chunk chunk, long[] ids, String batchId, long firstSeq, Instant at)
			throws SQLException {
		Timestamp when = Timestamp.from(at);
		try (PreparedStatement rounds = connection.prepareStatement("""
				INSERT INTO notification_batches (batch_id, next_seq) VALUES (?, ?)
				ON CONFLICT (batch_id) DO UPDATE SET next_seq = excluded.next_seq""")) {
			rounds.setString(1, batchId);
			rounds.setLong(2, firstSeq + ids.length);
			rounds.executeUpdate();
		}
		try (PreparedStatement notifications = connection.prepareStatement(
				"""
						INSERT INTO notifications (order_id, channel, template_name, language, recipient, subject, body,
						    status, failure_reason, sent_at, created_at, batch_id, idempotency_key, attempts,
						    next_attempt_at, lane, fair_seq)
						VALUES (?, 'email', 'ORDER_CONFIRMATION', 'ja', ?, ?, ?, 'pending', NULL, NULL, ?, ?, ?, 0, ?, 'bulk', ?)""")) {
			for (int i = 0; i < ids.length; i++) {
				OrderRow row = chunk.rows().get(i);
				notifications.setLong(1, ids[i]);
				notifications.setString(2, row.customerEmail());
				notifications.setString(3, "ご注文確認 — 注文番号 #" + ids[i]);
				notifications.setString(4, body(row, ids[i]));
				notifications.setTimestamp(5, when);
				notifications.setString(6, batchId);
				notifications.setString(7, "import:" + batchId + ":" + ids[i]);
				notifications.setTimestamp(8, when);
				notifications.setLong(9, firstSeq + i);
				notifications.addBatch();
			}
			notifications.executeBatch();
		}
		connection.commit();
	}

	/** The Japanese ORDER_CONFIRMATION email's body, as the service renders it. */
	private static String body(OrderRow row, long id) {
		return row.customerName() + " 様\n\nこの度はご注文いただき誠にありがとうございます。\n"
				+ "以下の内容にてご注文を承りましたので、ご確認くださいますようお願い申し上げます。\n\n注文番号：#" + id + "\n商品点数：1点\nご注文金額："
				+ String.format("%,d", row.total()) + "円\n\n"
				+ "商品の発送準備が整いましたら、改めてご連絡いたします。\nご不明な点がございましたら、お気軽にお問い合わせください。\n";
	}

	/**
	 * Ids for the chunk's orders, reserved in its transaction: the next values of the
	 * identity's sequence on PostgreSQL (one query), the ids after the largest on SQLite
	 * (whose write transactions run one at a time).
	 */
	private static long[] reserveIds(Connection connection, int count) throws SQLException {
		long[] ids = new long[count];
		boolean postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				try (ResultSet rs = statement
					.executeQuery("SELECT nextval(pg_get_serial_sequence('orders', 'id')) FROM generate_series(1, "
							+ count + ")")) {
					for (int i = 0; rs.next(); i++) {
						ids[i] = rs.getLong(1);
					}
				}
			}
			else {
				try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM orders")) {
					rs.next();
					long last = rs.getLong(1);
					for (int i = 0; i < count; i++) {
						ids[i] = last + 1 + i;
					}
				}
			}
		}
		return ids;
	}

}
