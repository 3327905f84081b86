package com.orderplatform.payment.payment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.orderplatform.payment.api.PaymentStatus;

/**
 * The states a stored payment goes through, and which state may follow which.
 */
public enum PaymentState {

	/** Recorded and sent to the gateway; the outcome is not known yet. */
	PROCESSING,

	/** The gateway charged the customer. */
	COMPLETED,

	/** The gateway declined or could not charge; the order may pay again. */
	FAILED,

	/** Completed, then refunded in full. */
	REFUNDED;

	/**
	 * Whether a payment in this state may move to the given one.
	 * @param next the state asked for
	 * @return {@code true} when the transition is allowed
	 */
	public boolean canBecome(PaymentState next) {
		return successors().contains(next);
	}

	private Set<PaymentState> successors() {
		return switch (this) {
			case PROCESSING -> EnumSet.of(COMPLETED, FAILED);
			case COMPLETED -> EnumSet.of(REFUNDED);
			case FAILED -> EnumSet.of(PROCESSING);
			case REFUNDED -> EnumSet.noneOf(PaymentState.class);
		};
	}

	/**
	 * The state as the API shows it.
	 * @return the API status
	 */
	public PaymentStatus toStatus() {
		return PaymentStatus.valueOf(name());
	}

	/**
	 * The value stored in the {@code status} column.
	 * @return the lowercase name
	 */
	public String columnValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads the {@code status} column.
	 * @param value the stored value
	 * @return the state
	 */
	public static PaymentState fromColumn(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return columnValue();
	}

}
