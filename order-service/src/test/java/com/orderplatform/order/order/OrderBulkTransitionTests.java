package com.orderplatform.order.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static com.orderplatform.order.order.OrderState.PAID;
import static com.orderplatform.order.order.OrderState.PAYMENT_PROCESSING;
import static com.orderplatform.order.order.OrderState.PENDING;
import static com.orderplatform.order.order.OrderState.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The transitions of many orders at once (an import's chunk): the same guarded moves as
 * for one order, one change per order in the orders' order, and a refused move refuses
 * the whole batch before anything is written.
 */
class OrderBulkTransitionTests {

	private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

	@Test
	void startsThePaymentOfEveryPendingOrder() {
		List<StatusChange> changes = Order
			.startPayments(List.of(OrderMother.inState(3, PENDING), OrderMother.inState(1, PENDING)), AT);

		assertThat(changes).containsExactly(new StatusChange(3, PENDING, PAYMENT_PROCESSING, null, AT),
				new StatusChange(1, PENDING, PAYMENT_PROCESSING, null, AT));
	}

	@Test
	void refusesToStartThePaymentOfAnOrderThatIsNotPending() {
		assertThatExceptionOfType(IllegalOrderTransitionException.class)
			.isThrownBy(() -> Order
				.startPayments(List.of(OrderMother.inState(1, PENDING), OrderMother.inState(2, SHIPPED)), AT))
			.withMessage("Order 2 cannot move from shipped to payment_processing");
		assertThatExceptionOfType(IllegalOrderTransitionException.class)
			.isThrownBy(() -> Order.startPayments(List.of(OrderMother.inState(4, PAYMENT_PROCESSING)), AT))
			.withMessage("Order 4 cannot move from payment_processing to payment_processing");
	}

	@Test
	void settlesEachOrderAsPaidOrPendingWithItsOwnReason() {
		List<Order> charged = List.of(OrderMother.inState(1, PAYMENT_PROCESSING),
				OrderMother.inState(2, PAYMENT_PROCESSING), OrderMother.inState(3, PAYMENT_PROCESSING));

		List<StatusChange> changes = Order.settlePayments(charged,
				order -> (order.id() == 2) ? Optional.of("Payment failed: declined") : Optional.empty(), AT);

		assertThat(changes)
			.extracting(StatusChange::orderId, StatusChange::from, StatusChange::to, StatusChange::reason)
			.containsExactly(tuple(1L, PAYMENT_PROCESSING, PAID, null),
					tuple(2L, PAYMENT_PROCESSING, PENDING, "Payment failed: declined"),
					tuple(3L, PAYMENT_PROCESSING, PAID, null));
	}

	@Test
	void refusesToFailThePaymentOfAnOrderThatIsNotBeingCharged() {
		assertThatExceptionOfType(IllegalOrderTransitionException.class)
			.isThrownBy(() -> Order.settlePayments(List.of(OrderMother.inState(5, PAID)),
					order -> Optional.of("Payment not completed: down"), AT))
			.withMessage("Order 5 cannot move from paid to pending");
	}

	@Test
	void answersTheOrdersAsTheyAreAfterTheAppliedChangesOnly() {
		Order started = OrderMother.inState(1, PENDING);
		Order lost = OrderMother.inState(2, PENDING);
		Order untouched = OrderMother.inState(3, PAYMENT_PROCESSING);
		List<StatusChange> changes = Order.startPayments(List.of(started, lost), AT);

		List<Order> after = Order.afterApplied(List.of(started, lost, untouched), changes, Set.of(1L));

		assertThat(after).extracting(Order::id, Order::status)
			.containsExactly(tuple(1L, PAYMENT_PROCESSING), tuple(2L, PENDING), tuple(3L, PAYMENT_PROCESSING));
		assertThat(after.get(0).updatedAt()).isEqualTo(AT);
		assertThat(after.get(0).history()).containsExactly(changes.get(0));
		assertThat(after.get(1)).isSameAs(lost);
		assertThat(Order.settlePayments(after.subList(0, 1), order -> Optional.empty(), AT))
			.containsExactly(new StatusChange(1, PAYMENT_PROCESSING, PAID, null, AT));
	}

}
