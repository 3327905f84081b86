package com.orderplatform.order.bulkimport;

/**
 * Why a whole file is refused. The names are stable identifiers (the dashboard translates
 * them); {@link ImportFileException#getMessage()} says the same in English for a person.
 */
public enum FileErrorCode {

	/** Larger than {@link ImportLimits#maxFileBytes()}. */
	FILE_TOO_LARGE,

	/** No bytes, or nothing but a byte order mark, blank lines and empty cells. */
	EMPTY_FILE,

	/** Binary content (NUL bytes): not a text file. */
	NOT_TEXT,

	/** An Excel workbook (.xlsx, .xls) or another ZIP archive instead of a CSV file. */
	EXCEL_WORKBOOK,

	/** Neither UTF-8 nor Windows-31J (or not the encoding that was asked for). */
	UNREADABLE_ENCODING,

	/** An encoding override that is not supported. */
	UNSUPPORTED_ENCODING,

	/** The first row names none of the import's columns. */
	NO_HEADER,

	/** The header lacks required columns; the message names them. */
	MISSING_COLUMNS,

	/** Two header cells name the same column. */
	DUPLICATE_COLUMNS,

	/** A header but not one data row. */
	NO_DATA_ROWS,

	/** More than {@link ImportLimits#maxDataRows()} data rows; found while reading. */
	TOO_MANY_ROWS,

	/**
	 * The import storage (the folder, or the object storage of a cluster) did not answer:
	 * the file could not be stored or read back. Nothing is wrong with the file; try
	 * again.
	 */
	STORAGE_UNAVAILABLE,

	/** Broken quoting the reader cannot recover from; found while reading. */
	MALFORMED_CSV,

	/**
	 * A column mapping that cannot be used (a required field unmapped, a header the file
	 * lacks, a header used twice, a bad profile name); the message names the problem.
	 */
	MAPPING_INVALID,

	/** The upload names a mapping profile that does not exist. */
	PROFILE_NOT_FOUND

}
