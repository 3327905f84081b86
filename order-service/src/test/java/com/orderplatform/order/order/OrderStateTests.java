package com.orderplatform.order.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.orderplatform.order.api.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.orderplatform.order.order.OrderState.CANCELLED;
import static com.orderplatform.order.order.OrderState.DELIVERED;
import static com.orderplatform.order.order.OrderState.PAID;
import static com.orderplatform.order.order.OrderState.PAYMENT_PROCESSING;
import static com.orderplatform.order.order.OrderState.PENDING;
import static com.orderplatform.order.order.OrderState.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The order state machine: every one of the 36 (from, to) pairs is either accepted by the
 * aggregate, producing exactly that change, or rejected with a message naming the order
 * and both statuses.
 */
class OrderStateTests {

	private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

	private static final Map<OrderState, Set<OrderState>> LEGAL = Map.of(PENDING,
			EnumSet.of(PAYMENT_PROCESSING, PAID, CANCELLED), PAYMENT_PROCESSING, EnumSet.of(PAID, PENDING, CANCELLED),
			PAID, EnumSet.of(SHIPPED, CANCELLED), SHIPPED, EnumSet.of(DELIVERED), DELIVERED,
			EnumSet.noneOf(OrderState.class), CANCELLED, EnumSet.noneOf(OrderState.class));

	/** How the aggregate is asked to move to each status. */
	private static final Map<OrderState, BiFunction<Order, Instant, StatusChange>> TRANSITION = Map.of(PENDING,
			(order, at) -> order.paymentFailed("card declined", at), PAYMENT_PROCESSING, Order::startPayment, PAID,
			(order, at) -> order.markPaid(null, at), SHIPPED, (order, at) -> order.markShipped(null, at), DELIVERED,
			(order, at) -> order.markDelivered(null, at), CANCELLED,
			(order, at) -> order.cancel("customer request", at));

	static List<Arguments> legalTransitions() {
		return pairs(true);
	}

	static List<Arguments> illegalTransitions() {
		return pairs(false);
	}

	private static List<Arguments> pairs(boolean legal) {
		List<Arguments> pairs = new ArrayList<>();
		for (OrderState from : OrderState.values()) {
			for (OrderState to : OrderState.values()) {
				if (LEGAL.get(from).contains(to) == legal) {
					pairs.add(Arguments.of(from, to));
				}
			}
		}
		return pairs;
	}

	@Test
	void coversAllThirtySixPairsWithNineLegalOnes() {
		assertThat(legalTransitions()).hasSize(9);
		assertThat(illegalTransitions()).hasSize(27);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("legalTransitions")
	void acceptsLegalTransition(OrderState from, OrderState to) {
		Order order = OrderMother.inState(42, from);

		StatusChange change = TRANSITION.get(to).apply(order, AT);

		assertThat(from.canMoveTo(to)).isTrue();
		assertThat(change.orderId()).isEqualTo(42);
		assertThat(change.from()).isEqualTo(from);
		assertThat(change.to()).isEqualTo(to);
		assertThat(change.at()).isEqualTo(AT);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("illegalTransitions")
	void rejectsIllegalTransition(OrderState from, OrderState to) {
		Order order = OrderMother.inState(42, from);

		assertThat(from.canMoveTo(to)).isFalse();
		assertThatExceptionOfType(IllegalOrderTransitionException.class)
			.isThrownBy(() -> TRANSITION.get(to).apply(order, AT))
			.withMessage("Order 42 cannot move from " + from.dbValue() + " to " + to.dbValue())
			.satisfies(ex -> {
				assertThat(ex.getOrderId()).isEqualTo(42);
				assertThat(ex.getFrom()).isEqualTo(from);
				assertThat(ex.getTo()).isEqualTo(to);
			});
	}

	@Test
	void namesOrderAndStatusesWhenAShippedOrderIsMarkedPaid() {
		assertThatExceptionOfType(IllegalOrderTransitionException.class)
			.isThrownBy(() -> OrderMother.inState(42, SHIPPED).markPaid(null, AT))
			.withMessage("Order 42 cannot move from shipped to paid");
	}

	@ParameterizedTest
	@EnumSource(value = OrderState.class, names = { "SHIPPED", "DELIVERED", "CANCELLED" })
	void refusesCancellationOfShippedDeliveredAndCancelledOrders(OrderState status) {
		assertThatExceptionOfType(IllegalOrderTransitionException.class)
			.isThrownBy(() -> OrderMother.inState(7, status).ensureCancellable())
			.withMessage("Order 7 cannot move from " + status.dbValue() + " to cancelled");
	}

	@Test
	void keepsTheReasonOfAFailedPayment() {
		StatusChange change = OrderMother.inState(42, PAYMENT_PROCESSING).paymentFailed("card declined", AT);

		assertThat(change.reason()).isEqualTo("card declined");
	}

	@Test
	void cutsReasonsLongerThanTheirColumn() {
		StatusChange change = new StatusChange(1, PAYMENT_PROCESSING, PENDING, "x".repeat(5000), AT);

		assertThat(change.reason()).hasSize(StatusChange.MAX_REASON_LENGTH).endsWith("…");
	}

	@Test
	void leavesOnlyThePaymentFlowToSetPendingPaymentProcessingAndPaid() {
		assertThat(EnumSet.allOf(OrderState.class)).filteredOn(OrderState::isSetByPaymentFlow)
			.containsExactlyInAnyOrder(PENDING, PAYMENT_PROCESSING, PAID);
	}

	@ParameterizedTest
	@EnumSource(OrderState.class)
	void mapsEveryStatusToTheContractAndBack(OrderState state) {
		OrderStatus status = state.toApi();

		assertThat(status.name()).isEqualTo(state.name());
		assertThat(OrderState.of(status)).isEqualTo(state);
		assertThat(OrderState.fromDbValue(state.dbValue())).isEqualTo(state);
	}

	@Test
	void storesStatusesInLowercase() {
		assertThat(PAYMENT_PROCESSING.dbValue()).isEqualTo("payment_processing");
	}

}
