package com.orderplatform.payment.payment;

import java.util.EnumSet;
import java.util.Set;

import com.orderplatform.payment.api.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentStateTests {

	@Test
	void allowsExactlyTheTransitionsOfThePaymentLifecycle() {
		assertThat(successorsOf(PaymentState.PROCESSING)).containsExactlyInAnyOrder(PaymentState.COMPLETED,
				PaymentState.FAILED);
		assertThat(successorsOf(PaymentState.COMPLETED)).containsExactly(PaymentState.REFUNDED);
		assertThat(successorsOf(PaymentState.FAILED)).containsExactly(PaymentState.PROCESSING);
		assertThat(successorsOf(PaymentState.REFUNDED)).isEmpty();
	}

	@Test
	void mapsToTheApiStatusOfTheSameName() {
		assertThat(PaymentState.COMPLETED.toStatus()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(PaymentState.REFUNDED.toStatus()).isEqualTo(PaymentStatus.REFUNDED);
	}

	@Test
	void isStoredInLowercase() {
		assertThat(PaymentState.PROCESSING.columnValue()).isEqualTo("processing");
		assertThat(PaymentState.fromColumn("refunded")).isEqualTo(PaymentState.REFUNDED);
	}

	private static Set<PaymentState> successorsOf(PaymentState state) {
		Set<PaymentState> successors = EnumSet.noneOf(PaymentState.class);
		for (PaymentState next : PaymentState.values()) {
			if (state.canBecome(next)) {
				successors.add(next);
			}
		}
		return successors;
	}

}
