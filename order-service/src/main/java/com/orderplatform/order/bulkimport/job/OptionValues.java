package com.orderplatform.order.bulkimport.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import com.orderplatform.order.bulkimport.InvalidImportRequestException;

/**
 * Reads an option that is one of a few values ({@link NotifyMode}, {@link ErrorPolicy}):
 * as an upload sends it (trimmed, any case, a default when blank, a problem naming the
 * field otherwise), or as the job stored it.
 */
final class OptionValues {

	private OptionValues() {
	}

	static <E extends Enum<E>> E parse(String field, String value, E fallback, E[] all, Function<E, String> spelling) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String normalised = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(all)
			.filter(option -> spelling.apply(option).equals(normalised))
			.findFirst()
			.orElseThrow(() -> new InvalidImportRequestException(field,
					field + " must be one of " + String.join(", ", Arrays.stream(all).map(spelling).sorted().toList())
							+ ", not \"" + value + "\""));
	}

	static <E extends Enum<E>> E stored(String column, String value, E[] all, Function<E, String> spelling) {
		return Arrays.stream(all)
			.filter(option -> spelling.apply(option).equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown " + column + " '" + value + "'"));
	}

}
