package com.orderplatform.order.bulkimport.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.OrderGroupResult;
import com.orderplatform.order.bulkimport.file.validation.OrderGrouper;
import com.orderplatform.order.bulkimport.file.validation.RejectedOrder;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A file at the row limit streams through reading, validation and grouping one row and
 * one order at a time, as the pipeline will run it; the counts are exact.
 */
class LargeFileImportTests {

	private static final int ITEMS_PER_ORDER = 4;

	@TempDir
	Path dir;

	@Test
	void readsValidatesAndGroupsOneHundredThousandRowsOneOrderAtATime() throws IOException {
		// given 25,000 orders of 4 rows in Windows-31J with CRLF, quoted commas and line
		// breaks
		Path file = this.dir.resolve("orders.csv");
		Expected expected = generate(file, 100_000);
		FileProfile profile = new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file);
		Counts counts = new Counts();

		// when
		try (ImportRowReader reader = ImportRowReader.open(file, profile, ImportLimits.DEFAULTS)) {
			List<ValidatedRow> order = new ArrayList<>();
			for (ImportRow row : reader) {
				ValidatedRow validated = ImportRowValidator.validate(row);
				counts.row(row, validated);
				if (!order.isEmpty() && !order.get(0).groupKey().equals(validated.groupKey())) {
					counts.order(OrderGrouper.group(order));
					order = new ArrayList<>();
				}
				order.add(validated);
			}
			counts.order(OrderGrouper.group(order));
		}

		// then
		assertThat(profile.charset()).isEqualTo(FileProfile.WINDOWS_31J);
		assertThat(counts.rows).isEqualTo(100_000);
		assertThat(counts.lastRowNumber).isEqualTo(100_001);
		assertThat(counts.invalidRows).isEqualTo(25);
		assertThat(counts.importedOrders).isEqualTo(24_925);
		assertThat(counts.importedItems).isEqualTo(99_700);
		assertThat(counts.rejectedOrders).isEqualTo(75);
		assertThat(counts.rejectedRows).isEqualTo(300);
		assertThat(counts.orderTotalErrors).isEqualTo(200);
		assertThat(counts.importedTotal).isEqualTo(expected.importedTotal());
		assertThat(counts.importedOrders).isEqualTo(expected.importedOrders());
	}

	@Test
	void refusesTheRowAfterTheLimitWhileReading() throws IOException {
		Path file = this.dir.resolve("too-many.csv");
		generate(file, 100_001);
		FileProfile profile = new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file);

		try (ImportRowReader reader = ImportRowReader.open(file, profile, ImportLimits.DEFAULTS)) {
			assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> reader.forEach(row -> {
			}))
				.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.TOO_MANY_ROWS))
				.withMessage("The file has more than 100,000 data rows (row 100,002 is data row 100,001)."
						+ " Split it into files of at most 100,000 data rows each.");
		}
	}

	/** What the generated file must import as. */
	private record Expected(int importedOrders, BigDecimal importedTotal) {
	}

	/**
	 * Writes the rows: order {@code o} has rows {@code 4o..4o+3}; every 1,000th order has
	 * a quantity that is not a number, every 500th (offset 250) a first line of 1,200,000
	 * JPY.
	 */
	private static Expected generate(Path file, int rows) throws IOException {
		int importedOrders = 0;
		BigDecimal importedTotal = BigDecimal.ZERO;
		try (Writer out = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), FileProfile.WINDOWS_31J))) {
			out.write("order_ref,customer_email,customer_name,product_name,quantity,unit_price,currency,notes\r\n");
			for (int first = 0; first < rows; first += ITEMS_PER_ORDER) {
				int order = first / ITEMS_PER_ORDER;
				boolean invalid = order % 1000 == 999;
				boolean overLimit = order % 500 == 250;
				long total = 0;
				for (int i = first; i < Math.min(first + ITEMS_PER_ORDER, rows); i++) {
					int quantity = (overLimit && i == first) ? 3 : 1 + i % 5;
					long price = (overLimit && i == first) ? 400_000 : 1000 + (i % 7) * 100;
					total += quantity * price;
					String quantityCell = (invalid && i == first + 2) ? "abc" : String.valueOf(quantity);
					out.write(String.format(Locale.ROOT,
							"PO-%06d,customer%04d@example.co.jp,%s,商品%02d,%s,%s,JPY,%s\r\n", order, order % 3000,
							(order % 3000 % 50 == 0) ? "髙橋　一郎" : "山﨑花子", i % 60, quantityCell,
							(i % 13 == 0) ? String.format(Locale.ROOT, "\"￥%,d\"", price) : String.valueOf(price),
							notes(i)));
				}
				if (!invalid && !overLimit) {
					importedOrders++;
					importedTotal = importedTotal.add(BigDecimal.valueOf(total));
				}
			}
		}
		return new Expected(importedOrders, importedTotal);
	}

	private static String notes(int row) {
		return switch (row % 10) {
			case 0 -> "\"1回目納品: 4月\n2回目納品: 5月\"";
			case 5 -> "\"分納可, 残りは来月 ①\"";
			default -> "";
		};
	}

	private static final class Counts {

		int rows;

		int lastRowNumber;

		int invalidRows;

		int importedOrders;

		int importedItems;

		int rejectedOrders;

		int rejectedRows;

		int orderTotalErrors;

		BigDecimal importedTotal = BigDecimal.ZERO;

		void row(ImportRow row, ValidatedRow validated) {
			this.rows++;
			this.lastRowNumber = row.rowNumber();
			if (!validated.valid()) {
				this.invalidRows++;
			}
		}

		void order(OrderGroupResult result) {
			if (result instanceof ImportedOrder imported) {
				this.importedOrders++;
				this.importedItems += imported.items().size();
				this.importedTotal = this.importedTotal.add(imported.total());
			}
			else if (result instanceof RejectedOrder rejected) {
				this.rejectedOrders++;
				this.rejectedRows += rejected.rowNumbers().size();
				this.orderTotalErrors += (int) rejected.errors()
					.stream()
					.filter(error -> error.code() == RowErrorCode.ORDER_TOTAL_OUT_OF_RANGE)
					.count();
			}
		}

	}

}
