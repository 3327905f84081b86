package com.orderplatform.order.bulkimport.file;

/**
 * How an import job's file is read, chosen at upload and when its columns are mapped
 * ({@code import_jobs.file_format, sheet, profile_name, column_mapping}).
 *
 * @param format {@code csv} or {@code xlsx}
 * @param sheet the workbook's sheet, {@code null} for a CSV file or the first sheet
 * @param profile the mapping profile applied, {@code null} when none
 * @param mapping the confirmed column mapping as JSON, {@code null} when the file's
 * header names the columns itself
 */
public record FileReading(String format, String sheet, String profile, String mapping) {

	/** A CSV file whose header names the columns. */
	public static final FileReading CSV = new FileReading("csv", null, null, null);

}
