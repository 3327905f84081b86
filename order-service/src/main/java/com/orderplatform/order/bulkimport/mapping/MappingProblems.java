package com.orderplatform.order.bulkimport.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.orderplatform.order.api.ImportFieldSource;
import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.file.MappedColumns;

/**
 * What is wrong with a mapping as a whole, for a file's header: an unknown field, a field
 * with both or neither of {@code headers} and {@code value}, a header the file lacks or
 * has twice, a header used for two fields or both used and ignored, a required field
 * without a source. Each problem is a sentence that says what to do.
 */
public final class MappingProblems {

	/** The most source columns one field may join. */
	static final int MAX_JOINED = 5;

	/** The longest fixed value or separator. */
	static final int MAX_VALUE = 500;

	private MappingProblems() {
	}

	/**
	 * Checks a mapping.
	 * @param spec the mapping, {@code null} when the request had none
	 * @param headerCells the file's header cells as written
	 * @return the problems, empty when the mapping can be used
	 */
	public static List<String> of(ImportMappingSpec spec, List<String> headerCells) {
		if (spec == null) {
			return List.of("The mapping has no fields: map a column to each required field ("
					+ String.join(", ", required()) + ").");
		}
		Map<String, Integer> count = new HashMap<>();
		headerCells.forEach(cell -> count.merge(cell.strip(), 1, Integer::sum));
		List<String> problems = new ArrayList<>();
		Map<String, String> usedBy = new HashMap<>();
		spec.fields().forEach((name, source) -> {
			Optional<ImportColumn> field = MappedColumns.field(name);
			if (field.isEmpty()) {
				problems.add("\"" + name + "\" is not a field; the fields are " + String.join(", ", all()) + ".");
			}
			else {
				field(name, source, count, usedBy, problems);
			}
		});
		Set<String> ignored = new HashSet<>();
		for (String header : spec.ignored()) {
			String cell = (header != null) ? header.strip() : "";
			if (!count.containsKey(cell)) {
				problems.add("The ignored column \"" + cell + "\" is not in the file's header.");
			}
			else if (usedBy.containsKey(cell)) {
				problems.add("The column \"" + cell + "\" is both ignored and mapped to " + usedBy.get(cell)
						+ "; do one or the other.");
			}
			ignored.add(cell);
		}
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !spec.fields().containsKey(column.headerName())) {
				problems.add(column.headerName() + " (" + column.japaneseName()
						+ ") is required: map a column to it or give it a fixed value.");
			}
		}
		return List.copyOf(problems);
	}

	private static void field(String name, ImportFieldSource source, Map<String, Integer> count,
			Map<String, String> usedBy, List<String> problems) {
		boolean hasHeaders = source != null && source.headers() != null && !source.headers().isEmpty();
		boolean hasValue = source != null && source.value() != null;
		if (hasHeaders == hasValue) {
			problems.add(name + " must have either headers (the columns it is read from) or a fixed value, "
					+ (hasHeaders ? "not both." : "but has neither."));
			return;
		}
		if (hasValue) {
			if (source.value().length() > MAX_VALUE) {
				problems.add(name + "'s fixed value is longer than " + MAX_VALUE + " characters.");
			}
			return;
		}
		if (source.headers().size() > MAX_JOINED) {
			problems.add(name + " joins " + source.headers().size() + " columns; at most " + MAX_JOINED + " can be.");
		}
		if (source.separator() != null && source.separator().length() > 10) {
			problems.add(name + "'s separator is longer than 10 characters.");
		}
		for (String header : source.headers()) {
			String cell = (header != null) ? header.strip() : "";
			int times = count.getOrDefault(cell, 0);
			if (times == 0) {
				problems.add(name + " reads the column \"" + cell
						+ "\" but the file's header has no such column; choose one of its columns.");
			}
			else if (times > 1) {
				problems.add(name + " reads the column \"" + cell + "\" but the header has " + times
						+ " columns of that name; rename them in the file so they differ.");
			}
			String other = usedBy.putIfAbsent(cell, name);
			if (other != null) {
				problems.add("The column \"" + cell + "\" is mapped to both " + other + " and " + name
						+ "; a column can fill one field only.");
			}
		}
	}

	private static List<String> required() {
		return java.util.Arrays.stream(ImportColumn.values())
			.filter(ImportColumn::required)
			.map(ImportColumn::headerName)
			.toList();
	}

	private static List<String> all() {
		return java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::headerName).toList();
	}

}
