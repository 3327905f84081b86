package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.nio.file.Path;

import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportLimits;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.ImportRowReader;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;

/**
 * Inspects, reads and validates a workbook in a JVM of its own, started by
 * {@link LargeWorkbookImportTests} with a small heap: it prints the rows and the invalid
 * ones, or dies of an {@link OutOfMemoryError} if reading kept the rows.
 */
final class WorkbookReadingProcess {

	private WorkbookReadingProcess() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		FileProfile profile = new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file, null,
				new FileReading("xlsx", null, null, null));
		int rows = 0;
		int invalid = 0;
		try (ImportRowReader reader = ImportRowReader.open(file, profile, ImportLimits.DEFAULTS)) {
			for (ImportRow row : reader) {
				rows++;
				invalid += ImportRowValidator.validate(row).errors().isEmpty() ? 0 : 1;
			}
		}
		System.out.println(rows + " rows, " + invalid + " invalid");
	}

}
