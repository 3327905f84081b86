package com.orderplatform.order.bulkimport.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;

/**
 * Where each {@link ImportColumn} is in a file's rows, read from its header. Immutable;
 * one per file, shared by all its rows.
 */
public final class ColumnMapping {

	private static final int ABSENT = -1;

	private static final int FIXED = -2;

	private final int[] indexes = new int[ImportColumn.values().length];

	private final String[] labels = new String[ImportColumn.values().length];

	private final List<String> ignoredColumns;

	private final int width;

	/**
	 * The confirmed mapping's sources, {@code null} when the header names the columns.
	 */
	private final MappedColumns mapped;

	private ColumnMapping(List<String> headerCells, MappedColumns mapped) {
		Arrays.fill(this.indexes, ABSENT);
		mapped.sources()
			.forEach((column, source) -> this.indexes[column.ordinal()] = source.indexes().isEmpty() ? FIXED
					: source.indexes().get(0));
		this.ignoredColumns = mapped.unmapped();
		this.width = headerCells.size();
		this.mapped = mapped;
	}

	private ColumnMapping(List<String> headerCells) {
		this.mapped = null;
		Arrays.fill(this.indexes, ABSENT);
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < headerCells.size(); i++) {
			String cell = headerCells.get(i);
			Optional<ImportColumn> column = ImportColumn.named(cell);
			if (column.isPresent()) {
				map(column.get(), i, cell);
			}
			else if (!cell.isBlank() && !ImportColumn.REPORT_COLUMNS.contains(ImportColumn.normalise(cell))) {
				ignored.add(cell.strip());
			}
		}
		this.ignoredColumns = List.copyOf(ignored);
		this.width = headerCells.size();
	}

	/**
	 * Maps a header row.
	 * @param headerCells the header's cells as written in the file
	 * @return the mapping
	 * @throws ImportFileException {@link FileErrorCode#NO_HEADER} when no cell names a
	 * column, {@link FileErrorCode#DUPLICATE_COLUMNS} when two name the same one,
	 * {@link FileErrorCode#MISSING_COLUMNS} when required ones are missing
	 */
	public static ColumnMapping fromHeader(List<String> headerCells) {
		ColumnMapping mapping = new ColumnMapping(headerCells);
		if (Arrays.stream(mapping.indexes).allMatch(index -> index == ABSENT)) {
			throw new ImportFileException(FileErrorCode.NO_HEADER,
					"The first row must be a header naming the columns ("
							+ names(Stream.of(ImportColumn.values()).filter(ImportColumn::required).toList())
							+ ") but it names none of them: " + preview(headerCells)
							+ ". Add the header row from the template above the data.");
		}
		List<ImportColumn> missing = Stream.of(ImportColumn.values())
			.filter(column -> column.required() && !mapping.contains(column))
			.toList();
		if (!missing.isEmpty()) {
			throw new ImportFileException(FileErrorCode.MISSING_COLUMNS,
					"The header lacks the required column" + (missing.size() > 1 ? "s " : " ") + names(missing)
							+ ". Add " + (missing.size() > 1 ? "them" : "it") + " to the header row (any order).");
		}
		return mapping;
	}

	/**
	 * The mapping of a file read as a job says: by the job's confirmed mapping (columns
	 * joined, fixed values, columns ignored without a warning), else by the file's own
	 * header.
	 * @param headerCells the header's cells as written in the file
	 * @param reading how the job reads its file
	 * @return the mapping
	 * @throws ImportFileException as {@link #fromHeader}; with a mapping,
	 * {@link FileErrorCode#MISSING_COLUMNS} when it reads a header the file lacks
	 */
	public static ColumnMapping forReading(List<String> headerCells, FileReading reading) {
		if (reading == null || reading.mapping() == null) {
			return fromHeader(headerCells);
		}
		return new ColumnMapping(headerCells, MappedColumns.of(headerCells, reading.mapping()));
	}

	private void map(ImportColumn column, int index, String cell) {
		int existing = this.indexes[column.ordinal()];
		if (existing != ABSENT) {
			throw new ImportFileException(FileErrorCode.DUPLICATE_COLUMNS,
					"Header cells " + (existing + 1) + " (\"" + this.labels[column.ordinal()] + "\") and " + (index + 1)
							+ " (\"" + cell.strip() + "\") both name the column " + column.headerName() + " ("
							+ column.japaneseName() + "). Remove or rename one of them.");
		}
		this.indexes[column.ordinal()] = index;
		this.labels[column.ordinal()] = cell.strip();
	}

	/**
	 * Whether the file has the column.
	 * @param column the column
	 * @return {@code true} when the header names it
	 */
	public boolean contains(ImportColumn column) {
		return this.indexes[column.ordinal()] != ABSENT;
	}

	/**
	 * A column's value in a row.
	 * @param cells the row's cells
	 * @param column the column
	 * @return the cell exactly as read, or {@code ""} when the file or the row lacks it
	 */
	public String valueIn(List<String> cells, ImportColumn column) {
		if (this.mapped != null) {
			return this.mapped.valueIn(cells, column);
		}
		int index = this.indexes[column.ordinal()];
		return (index != ABSENT && index < cells.size()) ? cells.get(index) : "";
	}

	/**
	 * Header cells that name no column and are ignored, as written (trimmed).
	 * @return the ignored columns, in file order
	 */
	public List<String> ignoredColumns() {
		return this.ignoredColumns;
	}

	/**
	 * How many cells the header has.
	 * @return the header's width
	 */
	public int width() {
		return this.width;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ColumnMapping mapping && Arrays.equals(this.indexes, mapping.indexes)
				&& Arrays.equals(this.labels, mapping.labels) && this.ignoredColumns.equals(mapping.ignoredColumns)
				&& this.width == mapping.width && Objects.equals(this.mapped, mapping.mapped);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(this.indexes), Arrays.hashCode(this.labels), this.ignoredColumns,
				this.width, this.mapped);
	}

	@Override
	public String toString() {
		return Arrays.stream(ImportColumn.values())
			.filter(this::contains)
			.map(column -> column.headerName() + "=" + this.indexes[column.ordinal()])
			.collect(Collectors.joining(", ", "ColumnMapping[", "]"));
	}

	static String names(List<ImportColumn> columns) {
		return columns.stream()
			.map(column -> column.headerName() + " (" + column.japaneseName() + ")")
			.collect(Collectors.joining(", "));
	}

	private static String preview(List<String> cells) {
		String joined = cells.stream().limit(8).map(cell -> "\"" + cell + "\"").collect(Collectors.joining(", "));
		return (joined.length() > 200) ? joined.substring(0, 200) + "…" : joined;
	}

}
