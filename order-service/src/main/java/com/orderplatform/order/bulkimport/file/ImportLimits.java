package com.orderplatform.order.bulkimport.file;

import java.util.Locale;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;

/**
 * How big an import file may be. Files over either limit are rejected as a whole.
 *
 * @param maxFileBytes the largest file in bytes, 50 MiB by default
 * @param maxDataRows the most data rows (the header and blank rows not counted), 100,000
 * by default
 */
public record ImportLimits(long maxFileBytes, int maxDataRows) {

	/** 50 MiB and 100,000 data rows. */
	public static final ImportLimits DEFAULTS = new ImportLimits(50L * 1024 * 1024, 100_000);

	/**
	 * Checks that both limits are positive.
	 * @throws IllegalArgumentException when one is not
	 */
	public ImportLimits {
		if (maxFileBytes <= 0) {
			throw new IllegalArgumentException("maxFileBytes must be positive but was " + maxFileBytes);
		}
		if (maxDataRows <= 0) {
			throw new IllegalArgumentException("maxDataRows must be positive but was " + maxDataRows);
		}
	}

	/**
	 * The refusal of a file with too many data rows.
	 * @param rowNumber the row found beyond the limit
	 * @param dataRows its number among the data rows
	 * @return the exception, {@link FileErrorCode#TOO_MANY_ROWS}
	 */
	ImportFileException tooManyRows(int rowNumber, int dataRows) {
		return new ImportFileException(FileErrorCode.TOO_MANY_ROWS,
				String.format(Locale.ROOT,
						"The file has more than %,d data rows (row %,d is data row %,d)."
								+ " Split it into files of at most %,d data rows each.",
						this.maxDataRows, rowNumber, dataRows, this.maxDataRows));
	}

}
