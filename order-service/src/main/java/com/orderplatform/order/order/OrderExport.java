package com.orderplatform.order.order;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.csv.DialectCsvWriter;
import com.orderplatform.order.csv.LineEnding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Streams the orders a filter matches as CSV, one row per item with its order's columns
 * ({@link ExportColumns}), oldest first. Pages through the orders by keyset
 * ({@code (created_at, id)}, which the filters' indexes are ordered by): never an
 * {@code OFFSET}, one page of orders and their items in memory, no connection held while
 * the client reads. Orders placed after the export started are left out, so a running
 * import does not make it endless.
 */
@Service
public class OrderExport {

	private final JdbcClient jdbc;

	private final OrderReportProperties properties;

	private final Clock clock;

	OrderExport(JdbcClient jdbc, OrderReportProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Writes the export.
	 * @param filter which orders
	 * @param format how the file is written
	 * @param out where to; closed when done
	 * @return how many orders were written
	 * @throws IOException when the client goes away
	 */
	long write(OrderFilter filter, ExportFormat format, OutputStream out) throws IOException {
		OrderFilter bounded = filter.placedBefore(this.clock.instant());
		long orders = 0;
		try (DialectCsvWriter csv = DialectCsvWriter.open(out, format.charset(), format.bom(), ',', LineEnding.CRLF)) {
			csv.write(ExportColumns.headers(format.japanese()));
			List<OrderDetails.Header> page = page(bounded, null);
			while (!page.isEmpty()) {
				Map<Long, List<OrderItem>> items = items(page);
				for (OrderDetails.Header order : page) {
					for (OrderItem item : items.getOrDefault(order.id(), List.of())) {
						csv.write(ExportColumns.row(order, item, format.zone()));
					}
				}
				orders += page.size();
				page = (page.size() < this.properties.exportPageSize()) ? List.of()
						: page(bounded, page.get(page.size() - 1));
			}
		}
		return orders;
	}

	/** The page of orders after the given one (the first page after {@code null}). */
	private List<OrderDetails.Header> page(OrderFilter filter, OrderDetails.Header after) {
		String where = filter.whereClause();
		if (after != null) {
			where += (where.isEmpty() ? " WHERE " : " AND ") + "(created_at, id) > (:afterAt, :afterId)";
		}
		JdbcClient.StatementSpec query = this.jdbc
			.sql("SELECT " + OrderRepository.ORDER_COLUMNS + " FROM orders" + where
					+ " ORDER BY created_at, id LIMIT :limit")
			.params(filter.parameters())
			.param("limit", this.properties.exportPageSize());
		if (after != null) {
			query = query.param("afterAt", Timestamp.from(after.createdAt())).param("afterId", after.id());
		}
		return query.query(OrderDetails::header).list();
	}

	/** The items of a page of orders, by order, in the order they were added. */
	private Map<Long, List<OrderItem>> items(List<OrderDetails.Header> orders) {
		Map<Long, List<OrderItem>> items = new HashMap<>();
		this.jdbc
			.sql("SELECT id, order_id, product_name, quantity, unit_price, notes FROM order_items "
					+ "WHERE order_id IN (:ids) ORDER BY order_id, id")
			.param("ids", orders.stream().map(OrderDetails.Header::id).toList())
			.query((ResultSet rs) -> {
				items.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>()).add(OrderDetails.item(rs));
			});
		return items;
	}

	/**
	 * The instant an export starts, for its file name.
	 * @return now
	 */
	Instant now() {
		return this.clock.instant();
	}

}
