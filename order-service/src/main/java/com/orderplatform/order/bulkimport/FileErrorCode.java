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

	/**
	 * No longer given (workbooks are read since #18; see {@link #NOT_A_WORKBOOK} and the
	 * workbook codes below); kept so that jobs refused before still show their code.
	 */
	EXCEL_WORKBOOK,

	/** An old binary Excel workbook (.xls): save it as .xlsx or CSV. */
	XLS_WORKBOOK,

	/** A password-protected (encrypted) workbook: save it without a password. */
	ENCRYPTED_WORKBOOK,

	/** A workbook with macros (.xlsm): save it as .xlsx without macros. */
	MACRO_WORKBOOK,

	/** A ZIP archive that is not an Excel workbook (no {@code xl/workbook.xml}). */
	NOT_A_WORKBOOK,

	/**
	 * A workbook that unpacks to too much (a zip bomb), has too many parts, or holds a
	 * cell, a shared-string table or a row beyond the limits; refused before it is read.
	 */
	WORKBOOK_TOO_LARGE,

	/** A workbook whose parts cannot be read (a damaged file). */
	UNREADABLE_WORKBOOK,

	/**
	 * The sheet asked for ({@code sheet=NAME}) is not in the workbook; the message names
	 * its sheets.
	 */
	SHEET_NOT_FOUND,

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
