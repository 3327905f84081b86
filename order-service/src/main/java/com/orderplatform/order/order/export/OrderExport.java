package com.orderplatform.order.order.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.csv.DialectCsvWriter;
import com.orderplatform.order.csv.LineEnding;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.OrderReportProperties;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderRow;

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

	private final OrderRepository orders;

	private final OrderReportProperties properties;

	private final Clock clock;

	OrderExport(OrderRepository orders, OrderReportProperties properties, Clock clock) {
		this.orders = orders;
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
		int pageSize = this.properties.exportPageSize();
		long orders = 0;
		try (DialectCsvWriter csv = DialectCsvWriter.open(out, format.charset(), format.bom(), ',', LineEnding.CRLF)) {
			csv.write(ExportColumns.headers(format.japanese()));
			List<OrderRow> page = this.orders.findRowsAfter(bounded, null, pageSize);
			while (!page.isEmpty()) {
				Map<Long, List<OrderItem>> items = this.orders.findItems(page.stream().map(OrderRow::id).toList());
				for (OrderRow order : page) {
					for (OrderItem item : items.getOrDefault(order.id(), List.of())) {
						csv.write(ExportColumns.row(order, item, format.zone()));
					}
				}
				orders += page.size();
				page = (page.size() < pageSize) ? List.of()
						: this.orders.findRowsAfter(bounded, page.getLast(), pageSize);
			}
		}
		return orders;
	}

	/**
	 * The instant an export starts, for its file name.
	 * @return now
	 */
	Instant now() {
		return this.clock.instant();
	}

}
