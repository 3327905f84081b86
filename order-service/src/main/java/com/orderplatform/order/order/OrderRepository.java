package com.orderplatform.order.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way orders are stored (tables {@code orders}, {@code order_items},
 * {@code order_status_history}, and the {@code order_stats} rollup in the same
 * transaction). Every write is a batch, so the API, the webhook and the CSV import share
 * each statement: placing one order is saving a batch of one, changing one order's status
 * is applying a batch of one, a chunk of an import costs a handful of statements, never
 * several per order. A status change is conditional on the status it was decided from, so
 * concurrent changes never overwrite each other; it is kept in the order's history.
 */
@Repository
public class OrderRepository {

	private final OrderWrites writes;

	private final OrderReads reads;

	private final OrderStatsRollup stats;

	private final ObjectProvider<BatchSizes> batchSizes;

	OrderRepository(JdbcTemplate jdbc, JdbcClient client, OrderStatsRollup stats,
			ObjectProvider<BatchSizes> batchSizes) {
		this.writes = new OrderWrites(jdbc);
		this.reads = new OrderReads(client);
		this.stats = stats;
		this.batchSizes = batchSizes;
	}

	/**
	 * Knows, without counting, how many orders carry a batch id: the import that created
	 * them stores it once it has ended. Implemented by the import (which depends on the
	 * orders, never the other way round); without an implementation every count counts.
	 */
	@FunctionalInterface
	public interface BatchSizes {

		/**
		 * The exact number of orders of a batch, if it is known without counting.
		 * @param batchId the batch (an import job's id)
		 * @return the number of orders whose {@code batch_id} is {@code batchId}, or
		 * empty when it is not known exactly (no such job, a job still running, a
		 * cancelled or failed one), and the orders are to be counted
		 */
		OptionalLong orderCount(String batchId);

	}

	/**
	 * Saves one new order: {@link #insertAll} with one order and no file.
	 * @param order the order
	 * @param at when it was placed
	 * @return the new order's id
	 */
	@Transactional
	public long insert(NewOrder order, Instant at) {
		return insertAll(List.of(order), null, at).getFirst();
	}

	/**
	 * Saves new orders in status pending, with their items and first history entries, in
	 * one transaction: one reused statement for the orders, one batch for the items and
	 * one for the history. An imported order's {@code (batch_id, import_row_number)} is
	 * unique, so a re-run import cannot save it twice.
	 * @param orders the orders
	 * @param csvSource the uploaded file's name, {@code null} for orders placed through
	 * the API
	 * @param at when they were placed
	 * @return the new orders' ids, in the given order
	 */
	@Transactional
	public List<Long> insertAll(List<NewOrder> orders, String csvSource, Instant at) {
		return save(orders, csvSource, at, false).stream().map(Order::id).toList();
	}

	/**
	 * Saves new orders that are charged right away (a chunk of an import), as
	 * {@link #insertAll} does but already in payment_processing: placed and moved on in
	 * the same transaction, both steps in their history, so the orders need no second
	 * write before their payment is sent. Their payment is settled later by
	 * {@link #applyAll} as any order's is.
	 * @param orders the orders
	 * @param csvSource the uploaded file's name
	 * @param at when they were placed
	 * @return the orders as saved, in the given order
	 */
	@Transactional
	public List<Order> insertAllForPayment(List<NewOrder> orders, String csvSource, Instant at) {
		return save(orders, csvSource, at, true);
	}

	private List<Order> save(List<NewOrder> orders, String csvSource, Instant at, boolean startPayment) {
		if (orders.isEmpty()) {
			return List.of();
		}
		OrderState status = startPayment ? OrderState.PAYMENT_PROCESSING : OrderState.PENDING;
		List<Long> ids = this.writes.insertOrders(orders, status, csvSource, at);
		this.writes.insertItems(orders, ids);
		List<Order> saved = new ArrayList<>(orders.size());
		List<StatusChange> history = new ArrayList<>((startPayment ? 2 : 1) * orders.size());
		for (int i = 0; i < orders.size(); i++) {
			Order order = Order.placed(ids.get(i), orders.get(i), at);
			history.add(order.history().getFirst());
			if (startPayment) {
				StatusChange start = order.startPayment(at);
				history.add(start);
				order = order.after(start);
			}
			saved.add(order);
			this.stats.placed(at, status, order.totalAmount().longValueExact());
		}
		this.writes.insertHistory(history);
		return saved;
	}

	/**
	 * Applies one status change: {@link #applyAll} with one change.
	 * @param change the change
	 * @return {@code true} if applied, {@code false} if the order's status had changed
	 * meanwhile (nothing is written then)
	 */
	@Transactional
	public boolean apply(StatusChange change) {
		return applyAll(List.of(change)).contains(change.orderId());
	}

	/**
	 * Applies status changes in one transaction, a few statements per table: each only if
	 * its order is still in the status the change starts from
	 * ({@link OrderWrites#updateStatuses}), recorded in the history.
	 * @param changes the changes, decided by {@link Order}'s transitions, at most one per
	 * order
	 * @return the ids of the orders whose change was applied
	 */
	@Transactional
	public Set<Long> applyAll(List<StatusChange> changes) {
		if (changes.isEmpty()) {
			return Set.of();
		}
		List<StatusChange> applied = this.writes.updateStatuses(changes);
		this.writes.insertHistory(applied);
		this.stats.moved(applied);
		Set<Long> ids = new LinkedHashSet<>();
		applied.forEach(change -> ids.add(change.orderId()));
		return ids;
	}

	/**
	 * Finds an order with its items and history.
	 * @param id the order's id
	 * @return the order, or empty
	 */
	public Optional<Order> findById(long id) {
		return findAllById(List.of(id)).stream().findFirst();
	}

	/**
	 * Finds orders with their items and history, three queries for all of them.
	 * @param ids the orders' ids (unknown ones are left out)
	 * @return the orders, by id
	 */
	public List<Order> findAllById(Collection<Long> ids) {
		return this.reads.findAllById(ids);
	}

	/**
	 * The orders an import saved from the given first rows.
	 * @param batchId the import's batch id
	 * @param importRowNumbers first rows of orders
	 * @return order id by first row, for the rows that became an order
	 */
	public Map<Integer, Long> findIdsByImportRows(String batchId, Collection<Integer> importRowNumbers) {
		return this.reads.findIdsByImportRows(batchId, importRowNumbers);
	}

	/**
	 * Whether any order carries a batch id.
	 * @param batchId the batch (an import job's id)
	 * @return {@code true} when at least one order of the batch is saved
	 */
	public boolean anyInBatch(String batchId) {
		return this.reads.anyInBatch(batchId);
	}

	/**
	 * One page of the orders matching a filter, newest first (ties by id, newest first).
	 * @param filter which orders
	 * @param skip how many matching orders to pass over
	 * @param limit how many to return at most
	 * @return the orders, with their items and history
	 */
	public List<Order> findPage(OrderFilter filter, int skip, int limit) {
		return findPage(filter, OrderSort.NEWEST_FIRST, skip, limit);
	}

	/**
	 * One page of the orders matching a filter in the given order (ties by id, in the
	 * same direction), with their items and history loaded in one query each for the
	 * whole page.
	 * @param filter which orders
	 * @param sort in which order
	 * @param skip how many matching orders to pass over
	 * @param limit how many to return at most
	 * @return the orders
	 */
	public List<Order> findPage(OrderFilter filter, OrderSort sort, int skip, int limit) {
		return this.reads.findPage(filter, sort, skip, limit);
	}

	/**
	 * One page of the orders matching a filter, as
	 * {@link #findPage(OrderFilter, OrderSort, int, int)}, read from the nearer end of
	 * the list: a page past the middle is read as its mirror page in the reverse order
	 * and turned round in memory, so the database steps over at most half the matches,
	 * never the whole list before the last page. The sort is total (ties broken by id),
	 * so both directions give one sequence.
	 * @param filter which orders
	 * @param sort in which order
	 * @param skip how many matching orders to pass over
	 * @param limit how many to return at most
	 * @param total how many orders match the filter ({@link #count})
	 * @return the orders
	 */
	public List<Order> findPage(OrderFilter filter, OrderSort sort, int skip, int limit, long total) {
		return this.reads.findPage(filter, sort, skip, limit, total);
	}

	/**
	 * Counts the orders matching a filter. The orders of one batch and nothing else are
	 * not counted when the import that created them knows their number exactly
	 * ({@link BatchSizes}): at a million orders, counting a batch costs more than reading
	 * a page of it.
	 * @param filter which orders
	 * @return how many
	 */
	public long count(OrderFilter filter) {
		if (filter.batchOnly()) {
			BatchSizes sizes = this.batchSizes.getIfAvailable();
			OptionalLong known = (sizes != null) ? sizes.orderCount(filter.batchId()) : OptionalLong.empty();
			if (known.isPresent()) {
				return known.getAsLong();
			}
		}
		return this.reads.count(filter);
	}

	/**
	 * The next page of the orders matching a filter, oldest first, by keyset
	 * ({@code (created_at, id)}, which the filters' indexes are ordered by): never an
	 * {@code OFFSET}, so reading every page costs the same whatever their number.
	 * @param filter which orders
	 * @param after the last row of the previous page, {@code null} for the first page
	 * @param limit how many rows at most
	 * @return the rows, without items and history (see {@link #findItems})
	 */
	public List<OrderRow> findRowsAfter(OrderFilter filter, OrderRow after, int limit) {
		return this.reads.findRowsAfter(filter, after, limit);
	}

	/**
	 * The items of some orders, in one query.
	 * @param orderIds the orders
	 * @return each order's items in the order they were added, by order id
	 */
	public Map<Long, List<OrderItem>> findItems(Collection<Long> orderIds) {
		return this.reads.findItems(orderIds);
	}

}
