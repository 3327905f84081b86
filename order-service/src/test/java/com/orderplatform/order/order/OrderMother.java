package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test orders: the spec's sample lines, and orders stored in any status. */
public final class OrderMother {

	public static final Instant PLACED_AT = Instant.parse("2026-03-02T09:30:00Z");

	private OrderMother() {
	}

	/** A customer address no other test uses. */
	public static String uniqueEmail() {
		return "buyer-" + UUID.randomUUID() + "@example.co.jp";
	}

	/** 田中太郎 orders 2 × ノートPC at 89,800 JPY: 179,600 JPY. */
	public static NewOrder laptops(String email) {
		return NewOrder.single(email, "田中太郎", "JPY", List.of(OrderItem.of("ノートPC", 2, new BigDecimal("89800"))));
	}

	public static NewOrder inBatch(String email, String batchId) {
		return new NewOrder(email, "鈴木花子", "JPY", batchId, null,
				List.of(OrderItem.of("モニター27インチ", 3, new BigDecimal("45000"))));
	}

	/** An order in memory (not stored) in the given status. */
	public static Order inState(long id, OrderState status) {
		return new Order(id, "tanaka@example.co.jp", "田中太郎", status, null, new BigDecimal("179600"), "JPY", null,
				List.of(new OrderItem(1L, "ノートPC", 2, new BigDecimal("89800"), null)), List.of(), PLACED_AT, PLACED_AT);
	}

	/**
	 * Stores an order and moves it along the usual path to the given status.
	 * @return the stored order
	 */
	public static Order stored(OrderRepository repository, NewOrder order, OrderState target, Instant at) {
		long id = repository.insert(order, at);
		for (OrderState next : pathTo(target)) {
			Order current = repository.findById(id).orElseThrow();
			boolean applied = repository.apply(new StatusChange(id, current.status(), next, null, at));
			if (!applied) {
				throw new IllegalStateException("Could not move order " + id + " to " + next);
			}
		}
		return repository.findById(id).orElseThrow();
	}

	private static List<OrderState> pathTo(OrderState target) {
		if (target == OrderState.CANCELLED) {
			return List.of(OrderState.CANCELLED);
		}
		List<OrderState> path = new ArrayList<>();
		for (OrderState state : List.of(OrderState.PAYMENT_PROCESSING, OrderState.PAID, OrderState.SHIPPED,
				OrderState.DELIVERED)) {
			if (target == OrderState.PENDING) {
				break;
			}
			path.add(state);
			if (state == target) {
				break;
			}
		}
		return path;
	}

}
