package com.orderplatform.order.bulkimport.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.order.NewOrder;
import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.OrderRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a chunk of an import's orders, with their items and first history entry, in one
 * short transaction, and records on the staged rows which order they became. Idempotent:
 * an order whose {@code (batch_id, import_row_number)} exists (a re-run chunk) is looked
 * up instead of saved again.
 */
@Component
class ImportOrderWriter {

	private final OrderRepository orders;

	private final ImportStagingRepository staging;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ImportOrderWriter(OrderRepository orders, ImportStagingRepository staging, TransactionTemplate transactions,
			Clock clock) {
		this.orders = orders;
		this.staging = staging;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Saves the orders.
	 * @return their ids, in the chunk's order
	 */
	List<Long> write(ImportJob job, List<ImportedOrder> chunk) {
		Instant now = this.clock.instant();
		return this.transactions.execute(status -> {
			Map<Integer, Long> saved = this.orders.findIdsByImportRows(job.id(),
					chunk.stream().map(ImportedOrder::firstRowNumber).toList());
			List<ImportedOrder> fresh = chunk.stream()
				.filter(order -> !saved.containsKey(order.firstRowNumber()))
				.toList();
			List<Long> created = this.orders.insertAll(fresh.stream().map(order -> newOrder(job, order)).toList(),
					job.filename(), now);
			for (int i = 0; i < fresh.size(); i++) {
				saved.put(fresh.get(i).firstRowNumber(), created.get(i));
			}
			List<Long> ids = chunk.stream().map(order -> saved.get(order.firstRowNumber())).toList();
			this.staging.recordOrderIds(job.id(), chunk, ids);
			return ids;
		});
	}

	private static NewOrder newOrder(ImportJob job, ImportedOrder order) {
		List<OrderItem> items = order.items()
			.stream()
			.map(item -> OrderItem.of(item.productName(), item.quantity(), item.unitPrice(), item.notes()))
			.toList();
		return new NewOrder(order.customerEmail(), order.customerName(), NewOrder.JPY, job.id(), order.firstRowNumber(),
				items);
	}

}
