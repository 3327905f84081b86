package com.orderplatform.order.bulkimport.mapping;

import java.time.Instant;
import java.util.List;

import com.orderplatform.order.api.ImportMappingSpec;

/**
 * A saved column mapping ({@code import_profiles}).
 *
 * @param name its name, 1–100 characters
 * @param headers the header cells it recognises, as written (trimmed)
 * @param mapping the mapping it applies
 * @param updatedBy who saved it last
 * @param updatedAt when
 */
public record ImportProfile(String name, List<String> headers, ImportMappingSpec mapping, String updatedBy,
		Instant updatedAt) {

	/** Copies the headers. */
	public ImportProfile {
		headers = List.copyOf(headers);
	}

	/**
	 * Whether a file's header is the one this profile was made for: the same set of
	 * headers, compared normalised ({@link HeaderKey}), in any order.
	 * @param headerCells the file's header cells
	 * @return {@code true} when the sets are equal
	 */
	public boolean recognises(List<String> headerCells) {
		return signature(this.headers).equals(signature(headerCells));
	}

	static java.util.Set<String> signature(List<String> headerCells) {
		return headerCells.stream()
			.map(HeaderKey::fold)
			.filter(key -> !key.isEmpty())
			.collect(java.util.stream.Collectors.toSet());
	}

}
