package com.orderplatform.order.bulkimport.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.orderplatform.common.json.JsonConventions;
import com.orderplatform.order.api.ImportFieldSource;
import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A confirmed column mapping ({@link ImportMappingSpec}, stored as JSON) applied to a
 * file's header: each field's source columns (joined with a separator when several) or
 * fixed value, and the header cells nobody asked for.
 *
 * @param sources field → where its value comes from
 * @param unmapped header cells neither mapped nor deliberately ignored, as written
 * (trimmed)
 */
public record MappedColumns(Map<ImportColumn, Source> sources, List<String> unmapped) {

	private static final JsonMapper JSON = JsonConventions.apply(JsonMapper.builder()).build();

	/** The separator of joined columns when the mapping names none. */
	public static final String DEFAULT_SEPARATOR = " ";

	/**
	 * Where one field's value comes from.
	 *
	 * @param indexes the source columns' indexes, in join order; empty for a fixed value
	 * @param separator what joins them
	 * @param value the fixed value, {@code null} when read from columns
	 */
	public record Source(List<Integer> indexes, String separator, String value) {

		String valueIn(List<String> cells) {
			if (this.value != null) {
				return this.value;
			}
			if (this.indexes.size() == 1) {
				int index = this.indexes.get(0);
				return (index < cells.size()) ? cells.get(index) : "";
			}
			List<String> parts = new ArrayList<>();
			for (int index : this.indexes) {
				if (index < cells.size() && !cells.get(index).isBlank()) {
					parts.add(cells.get(index).strip());
				}
			}
			return String.join(this.separator, parts);
		}

	}

	/**
	 * Applies a stored mapping to a header.
	 * @param headerCells the header's cells as written
	 * @param json the mapping as JSON
	 * @return the columns
	 * @throws ImportFileException {@link FileErrorCode#MISSING_COLUMNS} when the mapping
	 * reads a header the file lacks
	 */
	static MappedColumns of(List<String> headerCells, String json) {
		ImportMappingSpec spec = parse(json);
		Map<String, Integer> byHeader = new HashMap<>();
		for (int i = headerCells.size() - 1; i >= 0; i--) {
			byHeader.put(headerCells.get(i).strip(), i);
		}
		Map<ImportColumn, Source> sources = new EnumMap<>(ImportColumn.class);
		Set<String> used = new HashSet<>(spec.ignored());
		Map<String, ImportFieldSource> fields = spec.fields();
		fields.forEach((name, field) -> {
			ImportColumn column = field(name).orElseThrow(() -> new IllegalStateException("Unknown field " + name));
			if (field.value() != null) {
				sources.put(column, new Source(List.of(), DEFAULT_SEPARATOR, field.value()));
				return;
			}
			List<Integer> indexes = new ArrayList<>();
			for (String header : field.headers()) {
				Integer index = byHeader.get(header.strip());
				if (index == null) {
					throw new ImportFileException(FileErrorCode.MISSING_COLUMNS,
							"The column mapping reads the column \"" + header
									+ "\" but the file's header has no such cell. Map the file's columns again.");
				}
				indexes.add(index);
				used.add(header.strip());
			}
			String separator = (field.separator() != null) ? field.separator() : DEFAULT_SEPARATOR;
			sources.put(column, new Source(List.copyOf(indexes), separator, null));
		});
		List<String> unmapped = headerCells.stream()
			.map(String::strip)
			.filter(cell -> !cell.isEmpty() && !used.contains(cell)
					&& !ImportColumn.REPORT_COLUMNS.contains(ImportColumn.normalise(cell)))
			.toList();
		return new MappedColumns(sources, unmapped);
	}

	/**
	 * The field of a name.
	 * @param name an English field name ({@code customer_email})
	 * @return the field, empty when no field has that name
	 */
	public static Optional<ImportColumn> field(String name) {
		for (ImportColumn column : ImportColumn.values()) {
			if (column.headerName().equals(name)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/**
	 * Reads a mapping stored as JSON.
	 * @param json the JSON
	 * @return the mapping
	 * @throws IllegalArgumentException when it is not a mapping
	 */
	public static ImportMappingSpec parse(String json) {
		try {
			return JSON.readValue(json, ImportMappingSpec.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not a column mapping: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Writes a mapping as JSON, as it is stored.
	 * @param spec the mapping
	 * @return the JSON
	 */
	public static String json(ImportMappingSpec spec) {
		return JSON.writeValueAsString(spec);
	}

	String valueIn(List<String> cells, ImportColumn column) {
		Source source = this.sources.get(column);
		return (source != null) ? source.valueIn(cells) : "";
	}

}
