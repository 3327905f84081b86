package com.orderplatform.order.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a user needs to map a file's columns: its header, its first rows, a suggested
 * mapping and how each header was matched.
 *
 * @param headerRow the header's row number as a spreadsheet shows it
 * @param headers the file's header cells in order
 * @param preview the first data rows (at most 20) as written
 * @param suggestion the profile's mapping when one was applied or recognised, else the
 * suggested one
 * @param matches one entry per header cell, in order
 * @param profile the profile the suggestion comes from, {@code null} when none
 * @param fields the import's target fields
 */
public record ImportMappingView(int headerRow, List<String> headers, List<ImportPreviewRow> preview,
		ImportMappingSpec suggestion, List<ImportColumnMatch> matches, @Nullable String profile,
		List<ImportTargetField> fields) {
}
