package com.orderplatform.order.order.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.StatusChange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Applies status changes safely under concurrency: load the order, let a decision pick
 * the change from its current status, apply it only if the status is still the same, and
 * decide again on the fresh order when another writer (the payment webhook, another
 * request) got there first.
 */
@Component
class OrderTransitions {

	static final int MAX_ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(OrderTransitions.class);

	private final OrderRepository repository;

	private final Clock clock;

	OrderTransitions(OrderRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * The current time at the precision both databases keep (milliseconds), so what is
	 * returned equals what is read back later.
	 */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	Order load(long orderId) {
		return this.repository.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	/**
	 * Decides and applies one status change.
	 * @param orderId the order
	 * @param decision the change to make given the order as it is now, or empty for none
	 * (the order is already where it should be); may throw to refuse
	 * @return the order afterwards and the change that was applied, if any
	 */
	Outcome change(long orderId, Function<Order, Optional<StatusChange>> decision) {
		for (int attempt = 1;; attempt++) {
			Order order = load(orderId);
			Optional<StatusChange> change = decision.apply(order);
			if (change.isEmpty()) {
				return new Outcome(order, null);
			}
			if (this.repository.apply(change.get())) {
				log.info("Order {} moved from {} to {}{}", orderId, change.get().from(), change.get().to(),
						(change.get().reason() != null) ? " (" + change.get().reason() + ")" : "");
				return new Outcome(load(orderId), change.get());
			}
			if (attempt == MAX_ATTEMPTS) {
				throw new ConcurrentOrderUpdateException(orderId, attempt);
			}
			log.debug("Order {} left status {} before it could move to {}; deciding again", orderId,
					change.get().from(), change.get().to());
		}
	}

	/**
	 * The result of {@link #change}.
	 *
	 * @param order the order afterwards
	 * @param applied the change that was applied, {@code null} when none was needed
	 */
	record Outcome(Order order, StatusChange applied) {

		boolean changedFrom(OrderState from) {
			return this.applied != null && this.applied.from() == from;
		}

	}

}
