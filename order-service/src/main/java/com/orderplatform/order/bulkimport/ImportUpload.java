package com.orderplatform.order.bulkimport;

import com.orderplatform.order.bulkimport.job.ErrorPolicy;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportOptions;
import com.orderplatform.order.bulkimport.job.MaxErrors;
import com.orderplatform.order.bulkimport.job.NotifyMode;

/**
 * What an upload asks for, its options parsed once at the edge ({@link #parse}), so no
 * later step reads an option as text.
 *
 * @param filename the file's name, without folders or control characters
 * @param dryRun only validate
 * @param notifyMode who hears about the import
 * @param errorPolicy what an invalid row does to the rest
 * @param maxErrors the most failed rows tolerated
 * @param encoding an encoding to read the file in instead of detecting it, trimmed;
 * {@code null} to detect it
 * @param force queue the file even when the same file is already imported
 * @param idempotencyKey the {@code Idempotency-Key} header, trimmed; {@code null} for
 * none
 * @param user who uploads (the token's subject)
 * @param sheet the workbook sheet to read, trimmed; {@code null} for the first
 * @param profile the column mapping profile to apply, trimmed; {@code null} to recognise
 * one by the file's header
 */
public record ImportUpload(String filename, boolean dryRun, NotifyMode notifyMode, ErrorPolicy errorPolicy,
		MaxErrors maxErrors, String encoding, boolean force, String idempotencyKey, String user, String sheet,
		String profile) {

	/**
	 * Parses an upload's fields as sent, in the order a request is checked:
	 * {@code notify}, {@code error_policy}, {@code Idempotency-Key}, {@code max_errors},
	 * {@code sheet}, {@code profile}.
	 * @return the upload
	 * @throws InvalidImportRequestException naming the first field that is invalid
	 */
	public static ImportUpload parse(String filename, boolean dryRun, String notifyMode, String errorPolicy,
			String maxErrors, String encoding, boolean force, String idempotencyKey, String user, String sheet,
			String profile) {
		NotifyMode notify = NotifyMode.parse(notifyMode);
		ErrorPolicy policy = ErrorPolicy.parse(errorPolicy);
		String key = (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey.strip() : null;
		if (key != null && key.length() > 255) {
			throw new InvalidImportRequestException("Idempotency-Key", "Idempotency-Key is at most 255 characters");
		}
		String charset = (encoding != null && !encoding.isBlank()) ? encoding.strip() : null;
		MaxErrors max = MaxErrors.parse(maxErrors);
		return new ImportUpload(filename(filename), dryRun, notify, policy, max, charset, force, key, user,
				name("sheet", sheet, 255), name("profile", profile, 100));
	}

	ImportOptions options() {
		return new ImportOptions(this.dryRun, this.notifyMode, this.errorPolicy, this.maxErrors, this.encoding,
				this.idempotencyKey, this.sheet, this.profile);
	}

	/** An optional name, trimmed; {@code null} when absent or blank. */
	private static String name(String field, String value, int maxLength) {
		String name = (value != null) ? value.strip() : "";
		if (name.length() > maxLength) {
			throw new InvalidImportRequestException(field, field + " is at most " + maxLength + " characters");
		}
		return name.isEmpty() ? null : name;
	}

	/** The name without folders, control characters or more than 255 characters. */
	private static String filename(String name) {
		String plain = (name != null) ? name.replace('\\', '/') : "";
		// Control characters (terminal escapes, line breaks) would reach logs and
		// screens.
		plain = plain.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		plain = plain.substring(plain.lastIndexOf('/') + 1).strip();
		if (plain.isEmpty()) {
			return "upload.csv";
		}
		return (plain.length() > 255) ? plain.substring(0, 255) : plain;
	}

}
