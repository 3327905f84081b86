package com.orderplatform.order.bulkimport.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.api.ImportFieldSource;
import com.orderplatform.order.api.ImportMappedRow;
import com.orderplatform.order.api.ImportMappingPreview;
import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.bulkimport.file.ColumnMapping;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.FileSample;
import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.MappedColumns;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;

/**
 * A mapping tried on a file's first rows: each row's values as the mapping reads them,
 * validated by the import's own {@link ImportRowValidator}, and the mapping's problems as
 * a whole ({@link MappingProblems}). Fields whose source cannot be read (an unknown
 * header, both or neither of headers and value) are left out of the rows; the problems
 * name them.
 */
final class MappingPreviews {

	private MappingPreviews() {
	}

	/**
	 * Previews a mapping.
	 * @param sample the file's header and first rows
	 * @param spec the mapping
	 * @return the preview
	 */
	static ImportMappingPreview preview(FileSample sample, ImportMappingSpec spec) {
		List<String> problems = MappingProblems.of(spec, sample.headerCells());
		ImportMappingSpec usable = usable(spec, sample.headerCells());
		ColumnMapping columns = ColumnMapping.forReading(sample.headerCells(),
				new FileReading("csv", null, null, MappedColumns.json(usable)));
		List<ImportMappedRow> rows = new ArrayList<>();
		int valid = 0;
		for (FileSample.Row row : sample.rows()) {
			ImportRow read = new ImportRow(row.rowNumber(), row.cells(), columns);
			ValidatedRow validated = ImportRowValidator.validate(read);
			Map<String, String> values = new LinkedHashMap<>();
			for (ImportColumn column : ImportColumn.values()) {
				if (columns.contains(column)) {
					values.put(column.headerName(), read.value(column));
				}
			}
			List<ImportErrorView> errors = validated.errors()
				.stream()
				.map(error -> new ImportErrorView(error.rowNumber(), error.column(), error.code().name(),
						error.message()))
				.toList();
			rows.add(new ImportMappedRow(row.rowNumber(), values, errors));
			valid += validated.valid() ? 1 : 0;
		}
		return new ImportMappingPreview(rows, valid, rows.size() - valid, problems);
	}

	/** The fields of a mapping that can be read from the header. */
	private static ImportMappingSpec usable(ImportMappingSpec spec, List<String> headerCells) {
		Map<String, Integer> count = new HashMap<>();
		headerCells.forEach(cell -> count.merge(cell.strip(), 1, Integer::sum));
		Map<String, ImportFieldSource> fields = new LinkedHashMap<>();
		if (spec != null) {
			spec.fields().forEach((name, source) -> {
				boolean hasHeaders = source != null && source.headers() != null && !source.headers().isEmpty();
				boolean hasValue = source != null && source.value() != null;
				if (MappedColumns.field(name).isPresent() && hasHeaders != hasValue
						&& (hasValue || source.headers()
							.stream()
							.allMatch(header -> header != null && count.getOrDefault(header.strip(), 0) == 1))) {
					fields.put(name, source);
				}
			});
		}
		return new ImportMappingSpec(fields, List.of());
	}

}
