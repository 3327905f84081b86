package com.orderplatform.notification.notification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.orderplatform.common.storage.SqlDialect;
import com.orderplatform.notification.notification.DeliveryStatus;
import com.orderplatform.notification.notification.Notification;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores notifications in {@code notifications} and reads them back; the same SQL runs on
 * SQLite and PostgreSQL. Idempotency keys are unique in the table, and new rows are
 * inserted with {@code ON CONFLICT (idempotency_key) DO NOTHING}, so a key queued by a
 * concurrent request is found rather than inserted twice. {@link #insertAll} is the one
 * way notifications are queued, one or a thousand.
 */
@Repository
public class NotificationRepository {

	/** Keys looked up per statement: well inside both databases' parameter limits. */
	private static final int KEYS_PER_QUERY = 500;

	/**
	 * Rows per insert statement: {@value NotificationRows#PARAMETERS_PER_ROW} parameters
	 * each, well under both engines' limits.
	 */
	private static final int ROWS_PER_INSERT = 500;

	/** What a receipt reads of a stored notification. */
	private static final String RECEIPT_COLUMNS = "id, idempotency_key, status";

	/** The single-row insert, which fails on a taken key. */
	private static final String INSERT_ONE = NotificationRows.INSERT_INTO + NotificationRows.placeholders(1)
			+ " RETURNING id";

	/** A full multi-row insert, made once. */
	private static final String INSERT_FULL = insertIgnoringTakenKeys(ROWS_PER_INSERT);

	private final JdbcClient jdbc;

	/** For the inserts, which bind their values by position. */
	private final JdbcOperations statements;

	private final BatchRounds rounds;

	private final boolean postgres;

	NotificationRepository(JdbcClient jdbc, JdbcOperations statements, BatchRounds rounds, DataSource dataSource) {
		this.jdbc = jdbc;
		this.statements = statements;
		this.rounds = rounds;
		this.postgres = SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL;
	}

	/**
	 * Saves a new notification.
	 * @param notification a notification without id
	 * @return the same notification with its id
	 * @throws org.springframework.dao.DataIntegrityViolationException if its idempotency
	 * key is taken (a {@link org.springframework.dao.DuplicateKeyException} on
	 * PostgreSQL)
	 */
	public Notification insert(Notification notification) {
		long fairSeq = this.rounds.assign(List.of(notification))[0];
		List<Long> ids = this.statements.query(INSERT_ONE,
				(statement) -> NotificationRows.bind(statement, 0, notification, fairSeq), (rs, row) -> rs.getLong(1));
		return notification.withId(DataAccessUtils.requiredSingleResult(ids));
	}

	/**
	 * Saves new notifications, those with an idempotency key with multi-row statements,
	 * skipping those whose key is taken (by an earlier request, a concurrent one, or an
	 * earlier item of the same list); one without a key cannot repeat and is inserted as
	 * it is. Call it inside a transaction, so that either all are queued or none. Keys
	 * already stored are looked up first, so that a request sent again takes no rounds
	 * from its batch's turn; the new rows answer their own receipts ({@code RETURNING}),
	 * so only a key a concurrent request stored in between is looked up again.
	 * @param notifications notifications without id
	 * @return for each notification, in order, the row that holds its key (or the new
	 * keyless row)
	 */
	public List<Receipt> insertAll(List<Notification> notifications) {
		Map<String, Notification> firstPerKey = new LinkedHashMap<>();
		notifications.stream()
			.filter((notification) -> notification.idempotencyKey() != null)
			.forEach((notification) -> firstPerKey.putIfAbsent(notification.idempotencyKey(), notification));
		planKeyLookupsForTheirKeys();
		Map<String, Receipt> stored = findReceipts(firstPerKey.keySet());
		Map<String, Receipt> created = insertNew(firstPerKey.values()
			.stream()
			.filter((notification) -> !stored.containsKey(notification.idempotencyKey()))
			.toList());
		stored.putAll(created);
		stored.putAll(findReceipts(firstPerKey.keySet().stream().filter((key) -> !stored.containsKey(key)).toList()));
		List<Receipt> receipts = new ArrayList<>(notifications.size());
		for (Notification notification : notifications) {
			String key = notification.idempotencyKey();
			// Only the first item with a new key created its row; any other is a
			// duplicate.
			receipts.add((key != null) ? stored.get(key).withDuplicate(created.remove(key) == null)
					: new Receipt(insert(notification).id(), null, notification.status(), false));
		}
		return receipts;
	}

	/**
	 * Inserts with multi-row statements ({@value #ROWS_PER_INSERT} rows each), each
	 * answering the rows it actually inserted ({@code RETURNING}): one statement where a
	 * JDBC batch sent one per row, which PostgreSQL executed one by one (about 1 s per
	 * 1,000 notifications of an import). The values are bound by position, straight to
	 * the statement: a full statement's SQL is made once, and no parameter is named, so
	 * nothing is parsed, renamed or looked up per row (which cost more CPU than the rest
	 * of a bulk request).
	 * @return the receipts of the rows inserted, by key
	 */
	private Map<String, Receipt> insertNew(List<Notification> notifications) {
		Map<String, Receipt> created = new HashMap<>();
		if (notifications.isEmpty()) {
			return created;
		}
		long[] fairSeqs = this.rounds.assign(notifications);
		for (int from = 0; from < notifications.size(); from += ROWS_PER_INSERT) {
			int first = from;
			int rows = Math.min(notifications.size() - from, ROWS_PER_INSERT);
			String sql = (rows == ROWS_PER_INSERT) ? INSERT_FULL : insertIgnoringTakenKeys(rows);
			this.statements.query(sql, (statement) -> {
				int offset = 0;
				for (int i = first; i < first + rows; i++) {
					offset = NotificationRows.bind(statement, offset, notifications.get(i), fairSeqs[i]);
				}
			}, NotificationRepository::receipt).forEach((receipt) -> created.put(receipt.idempotencyKey(), receipt));
		}
		return created;
	}

	private static String insertIgnoringTakenKeys(int rows) {
		return NotificationRows.INSERT_INTO + NotificationRows.placeholders(rows)
				+ " ON CONFLICT (idempotency_key) DO NOTHING RETURNING " + RECEIPT_COLUMNS;
	}

	private static Receipt receipt(ResultSet rs, int row) throws SQLException {
		return new Receipt(rs.getLong("id"), rs.getString("idempotency_key"),
				DeliveryStatus.fromCode(rs.getString("status")), true);
	}

	/**
	 * On PostgreSQL, plans this transaction's key lookups for the keys they are given.
	 * The lookup is a prepared statement with 500 parameters; its generic plan, made
	 * while the table was empty, is a sequential scan testing every row against every
	 * key, and the server may keep it for as long as the connection lives and no
	 * {@code ANALYZE} of the table intervenes: once imports had filled the table a lookup
	 * took 200–700 ms, and each import on the same platform ran slower than the one
	 * before (bench/NOTES.md). A custom plan sees the table as it is and takes the unique
	 * key's index. Set for this transaction only: the services' other statements keep
	 * their cached plans, since a custom plan made with statistics that predate the
	 * running import can be the worse one (the import rows' group index for a job the
	 * statistics have never seen).
	 */
	private void planKeyLookupsForTheirKeys() {
		if (this.postgres) {
			this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
		}
	}

	private Map<String, Receipt> findReceipts(Collection<String> keys) {
		Map<String, Receipt> receipts = new HashMap<>();
		List<String> all = List.copyOf(keys);
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			this.jdbc.sql("SELECT " + RECEIPT_COLUMNS + " FROM notifications WHERE idempotency_key IN (:keys)")
				.param("keys", all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)))
				.query(NotificationRepository::receipt)
				.list()
				.forEach((receipt) -> receipts.put(receipt.idempotencyKey(), receipt));
		}
		return receipts;
	}

	/**
	 * Finds a notification.
	 * @param id its id
	 * @return the notification, or empty
	 */
	public Optional<Notification> findById(long id) {
		return this.jdbc.sql(NotificationRows.SELECT + "WHERE id = :id")
			.param("id", id)
			.query(NotificationRows::map)
			.optional();
	}

	/**
	 * Finds the notification queued under an idempotency key.
	 * @param idempotencyKey the key
	 * @return the notification, or empty
	 */
	public Optional<Notification> findByIdempotencyKey(String idempotencyKey) {
		return this.jdbc.sql(NotificationRows.SELECT + "WHERE idempotency_key = :key")
			.param("key", idempotencyKey)
			.query(NotificationRows::map)
			.optional();
	}

	/**
	 * Every notification about one order, oldest first.
	 * @param orderId the order's id
	 * @return the notifications, possibly none
	 */
	public List<Notification> findByOrderId(long orderId) {
		return this.jdbc.sql(NotificationRows.SELECT + "WHERE order_id = :orderId ORDER BY created_at, id")
			.param("orderId", orderId)
			.query(NotificationRows::map)
			.list();
	}

	/**
	 * One page of notifications, newest first.
	 * @param filter which notifications
	 * @param skip how many to pass over
	 * @param limit how many at most
	 * @return the page's notifications
	 */
	public List<Notification> findPage(NotificationFilter filter, int skip, int limit) {
		MapSqlParameterSource parameters = filter.parameters().addValue("limit", limit).addValue("skip", skip);
		return this.jdbc
			.sql(NotificationRows.SELECT + filter.where()
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.paramSource(parameters)
			.query(NotificationRows::map)
			.list();
	}

	/**
	 * Counts notifications.
	 * @param filter which notifications
	 * @return how many there are
	 */
	public long count(NotificationFilter filter) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications " + filter.where())
			.paramSource(filter.parameters())
			.query(Long.class)
			.single();
	}

}
