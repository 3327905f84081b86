package com.orderplatform.notification.template;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * {@code {{ total_amount | amount }}}: writes an amount with thousands separators,
 * {@code 183100} as {@code 183,100}. Accepts JSON numbers and numeric strings, exactly
 * (no binary floating point), so a caller that sends {@code "183100"} is served too.
 */
class AmountFilter implements Filter {

	static final String NAME = "amount";

	/**
	 * One format per thread: {@code DecimalFormat} is not thread-safe, and building one
	 * (parsing its pattern) for every amount showed in the profile of a bulk request's
	 * rendering. Requests and bulk workers run on pooled platform threads.
	 */
	private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal
		.withInitial(() -> new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));

	@Override
	public List<String> getArgumentNames() {
		return List.of();
	}

	@Override
	public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
			int lineNumber) {
		if (input == null) {
			return null;
		}
		BigDecimal amount = toBigDecimal(input, self, lineNumber);
		return FORMAT.get().format(amount);
	}

	private static BigDecimal toBigDecimal(Object input, PebbleTemplate self, int lineNumber) {
		try {
			return new BigDecimal(input.toString().strip());
		}
		catch (NumberFormatException ex) {
			throw new PebbleException(ex, "'%s' is not a number, so it cannot be written as an amount".formatted(input),
					lineNumber, self.getName());
		}
	}

}
