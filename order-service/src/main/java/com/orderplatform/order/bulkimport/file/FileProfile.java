package com.orderplatform.order.bulkimport.file;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.orderplatform.order.csv.DialectCsvWriter;
import com.orderplatform.order.csv.LineEnding;

/**
 * What an inspected file is: its encoding, dialect and header. The same file inspected
 * again gives the same profile, so a resumed job may inspect it anew instead of keeping
 * this.
 *
 * @param charset UTF-8 or windows-31j
 * @param bom whether the file starts with a UTF-8 byte order mark
 * @param delimiter {@code ,}, {@code \t} or {@code ;}
 * @param lineEnding how the header row ends (the files written back end rows the same
 * way)
 * @param headerRowNumber the header's row as a spreadsheet shows it, 1 unless blank rows
 * come first
 * @param headerCells the header's cells exactly as written
 * @param columns where each column is
 * @param format {@code csv} or {@code xlsx}; a workbook's files written back are CSV in
 * UTF-8 with a byte order mark, commas and CRLF (what Excel opens without asking)
 * @param sheet the workbook's sheet read, {@code null} for a CSV file
 */
public record FileProfile(Charset charset, boolean bom, char delimiter, LineEnding lineEnding, int headerRowNumber,
		List<String> headerCells, ColumnMapping columns, String format, String sheet) {

	/** The format of a CSV file. */
	public static final String CSV = "csv";

	/** The format of an Excel workbook. */
	public static final String XLSX = "xlsx";

	/**
	 * Windows-31J (CP932): what Excel on Japanese Windows writes, a superset of
	 * Shift_JIS.
	 */
	public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

	/** Copies the header cells. */
	public FileProfile {
		headerCells = List.copyOf(headerCells);
	}

	/** A CSV file's profile. */
	public FileProfile(Charset charset, boolean bom, char delimiter, LineEnding lineEnding, int headerRowNumber,
			List<String> headerCells, ColumnMapping columns) {
		this(charset, bom, delimiter, lineEnding, headerRowNumber, headerCells, columns, CSV, null);
	}

	/**
	 * A workbook sheet's profile.
	 * @param sheet the sheet read
	 * @param headerRowNumber its header's row
	 * @param headerCells the header's cells as typed
	 * @param columns where each column is
	 * @return the profile
	 */
	public static FileProfile workbook(String sheet, int headerRowNumber, List<String> headerCells,
			ColumnMapping columns) {
		return new FileProfile(StandardCharsets.UTF_8, true, ',', LineEnding.CRLF, headerRowNumber, headerCells,
				columns, XLSX, sheet);
	}

	/**
	 * Whether the file is an Excel workbook.
	 * @return whether the format is {@code xlsx}
	 */
	public boolean isWorkbook() {
		return XLSX.equals(this.format);
	}

	/**
	 * The detected encoding as shown to a user.
	 * @return {@code UTF-8}, {@code UTF-8 (BOM)} or {@code Windows-31J (Shift_JIS)};
	 * {@code Excel workbook} for a workbook
	 */
	public String encodingLabel() {
		if (isWorkbook()) {
			return "Excel workbook";
		}
		if (StandardCharsets.UTF_8.equals(this.charset)) {
			return this.bom ? "UTF-8 (BOM)" : "UTF-8";
		}
		return "Windows-31J (Shift_JIS)";
	}

	/**
	 * Header cells that name no column; their values are ignored.
	 * @return the ignored columns as written, in file order
	 */
	public List<String> ignoredColumns() {
		return this.columns.ignoredColumns();
	}

	/**
	 * Things the user should know that do not stop the import, in English.
	 * @return the warnings, empty when there are none
	 */
	public List<String> warnings() {
		if (ignoredColumns().isEmpty()) {
			return List.of();
		}
		return List.of("Ignored unknown column" + ((ignoredColumns().size() > 1) ? "s " : " ")
				+ String.join(", ", ignoredColumns().stream().map(name -> "\"" + name + "\"").toList())
				+ "; their values are not imported. The columns read are "
				+ ColumnMapping.names(List.of(ImportColumn.values())) + ".");
	}

	/**
	 * A CSV writer in this file's dialect (encoding, byte order mark, delimiter, line
	 * ending), for the files written back.
	 * @param out where to write; closed with the writer
	 * @return the writer
	 */
	public DialectCsvWriter openWriter(OutputStream out) {
		return DialectCsvWriter.open(out, this.charset, this.bom, this.delimiter, this.lineEnding);
	}

}
