package com.orderplatform.payment.payment;

import java.math.BigDecimal;

/**
 * The rules every charge meets before anything is stored: an amount of 100 to 1,000,000
 * yen (spec FR-012, FR-013) in JPY, the only currency the platform takes.
 */
public final class PaymentLimits {

	/** The smallest amount one payment may charge. */
	public static final BigDecimal MIN_AMOUNT = BigDecimal.valueOf(100);

	/** The largest amount one payment may charge. */
	public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);

	/** The only currency accepted. */
	public static final String CURRENCY = "JPY";

	private PaymentLimits() {
	}

	/**
	 * Checks an amount and currency.
	 * @param amount the amount in whole yen
	 * @param currency the currency, {@code null} for JPY
	 * @throws UnsupportedCurrencyException for any currency but JPY
	 * @throws AmountOutOfRangeException when the amount is outside the limits
	 */
	public static void check(BigDecimal amount, String currency) {
		if (currency != null && !CURRENCY.equals(currency)) {
			throw new UnsupportedCurrencyException(currency);
		}
		if (amount.compareTo(MIN_AMOUNT) < 0) {
			throw AmountOutOfRangeException.belowMinimum(amount, MIN_AMOUNT);
		}
		if (amount.compareTo(MAX_AMOUNT) > 0) {
			throw AmountOutOfRangeException.aboveMaximum(amount, MAX_AMOUNT);
		}
	}

}
