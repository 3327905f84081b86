package com.orderplatform.order.bulkimport.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.order.NewOrder;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.OrderRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a chunk of an import's orders, with their items and history, in one short
 * transaction, already in payment_processing (their batch payment is sent next), and
 * records on the staged rows which order they became. Idempotent: an order whose
 * {@code (batch_id, import_row_number)} exists (a re-run chunk) is looked up instead of
 * saved again. A run that starts with none of the batch's orders saved writes each of its
 * chunks first and skips that lookup (a query of 1,000 row numbers per chunk, which on
 * PostgreSQL a cached generic plan answered by reading the whole batch so far); should an
 * order exist all the same (a run of another instance that lost its lease), the batch's
 * unique {@code (batch_id, import_row_number)} refuses it, and the chunk is written again
 * with the lookup.
 */
@Component
class ImportOrderWriter {

	private static final Logger log = LoggerFactory.getLogger(ImportOrderWriter.class);

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
	 * Saves the orders not saved yet, in payment_processing, as their batch payment is
	 * sent next.
	 * @param earlierRuns whether a run before this one may have saved some of the batch's
	 * orders ({@link #anySaved} as the run started)
	 * @return the chunk's orders: the ones saved now and the ids of ones an earlier run
	 * saved
	 */
	SavedChunk write(ImportJob job, List<ImportedOrder> chunk, boolean earlierRuns) {
		if (earlierRuns) {
			return save(job, chunk, true);
		}
		try {
			return save(job, chunk, false);
		}
		catch (DataIntegrityViolationException ex) {
			log.warn("Import {}: a chunk's orders were saved by another run; looking them up: {}", job.id(),
					ex.getMessage());
			return save(job, chunk, true);
		}
	}

	/**
	 * Whether any order of the job's batch is saved: when none is as a run starts, no
	 * earlier run saved any of its chunks.
	 */
	boolean anySaved(ImportJob job) {
		return this.orders.anyInBatch(job.id());
	}

	private SavedChunk save(ImportJob job, List<ImportedOrder> chunk, boolean lookUpEarlier) {
		Instant now = this.clock.instant();
		return this.transactions.execute(status -> {
			Map<Integer, Long> earlier = lookUpEarlier ? this.orders.findIdsByImportRows(job.id(),
					chunk.stream().map(ImportedOrder::firstRowNumber).toList()) : Map.of();
			List<ImportedOrder> fresh = chunk.stream()
				.filter(order -> !earlier.containsKey(order.firstRowNumber()))
				.toList();
			List<Order> saved = this.orders
				.insertAllForPayment(fresh.stream().map(order -> newOrder(job, order)).toList(), job.filename(), now);
			Map<Integer, Long> all = new HashMap<>(earlier);
			for (int i = 0; i < fresh.size(); i++) {
				all.put(fresh.get(i).firstRowNumber(), saved.get(i).id());
			}
			List<Long> ids = chunk.stream().map(order -> all.get(order.firstRowNumber())).toList();
			this.staging.recordOrderIds(job.id(), chunk, ids);
			return new SavedChunk(saved, List.copyOf(earlier.values()));
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

	/**
	 * A chunk's orders once saved.
	 *
	 * @param fresh the orders this run saved, in payment_processing
	 * @param earlier the ids of orders a run before this one saved (a chunk repeated
	 * after a crash or a wait), in whatever status they are now
	 */
	record SavedChunk(List<Order> fresh, List<Long> earlier) {
	}

}
