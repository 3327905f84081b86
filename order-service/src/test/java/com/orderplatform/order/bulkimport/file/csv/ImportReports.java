package com.orderplatform.order.bulkimport.file.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.ImportedItem;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.OrderGroupResult;
import com.orderplatform.order.bulkimport.file.validation.OrderGrouper;
import com.orderplatform.order.bulkimport.file.validation.RejectedOrder;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;

/**
 * Runs a small upload through reading, validation and grouping and writes its reports, as
 * the pipeline will.
 */
final class ImportReports {

	private ImportReports() {
	}

	/** Writes errors.csv of an upload next to it. */
	static Path errorsCsv(Path upload) {
		FileProfile profile = CsvFixtures.inspect(upload);
		Map<Integer, ImportRow> rows = rowsByNumber(upload);
		Map<Integer, List<RowError>> errors = new TreeMap<>();
		for (OrderGroupResult result : OrderGrouper.groupAll(validate(rows))) {
			if (result instanceof RejectedOrder rejected) {
				errors.putAll(rejected.errorsByRow());
			}
		}
		Path file = upload.resolveSibling("errors.csv");
		try (ErrorsCsvWriter writer = ErrorsCsvWriter.open(Files.newOutputStream(file), profile)) {
			errors.forEach((rowNumber, rowErrors) -> writer.write(rows.get(rowNumber), rowErrors));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Writes results.csv of an upload next to it; imported orders get ids from 101 on.
	 */
	static Path resultsCsv(Path upload) {
		FileProfile profile = CsvFixtures.inspect(upload);
		Map<Integer, ImportRow> rows = rowsByNumber(upload);
		Map<Integer, RowOutcome> outcomes = new TreeMap<>();
		long orderId = 100;
		for (OrderGroupResult result : OrderGrouper.groupAll(validate(rows))) {
			if (result instanceof ImportedOrder order) {
				orderId++;
				for (ImportedItem item : order.items()) {
					outcomes.put(item.rowNumber(), RowOutcome.imported(item.rowNumber(),
							rows.get(item.rowNumber()).cells(), orderId, item.notes()));
				}
			}
			else if (result instanceof RejectedOrder rejected) {
				rejected.errorsByRow()
					.forEach((rowNumber, errors) -> outcomes.put(rowNumber,
							RowOutcome.failed(rowNumber, rows.get(rowNumber).cells(), errors)));
			}
		}
		Path file = upload.resolveSibling("results.csv");
		try (ResultsCsvWriter writer = ResultsCsvWriter.open(Files.newOutputStream(file), profile)) {
			outcomes.values().forEach(writer::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private static Map<Integer, ImportRow> rowsByNumber(Path upload) {
		Map<Integer, ImportRow> rows = new TreeMap<>();
		CsvFixtures.rows(upload).forEach(row -> rows.put(row.rowNumber(), row));
		return rows;
	}

	private static List<ValidatedRow> validate(Map<Integer, ImportRow> rows) {
		return rows.values().stream().map(ImportRowValidator::validate).toList();
	}

}
