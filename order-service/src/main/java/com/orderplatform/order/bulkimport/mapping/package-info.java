/**
 * Column mappings for files whose headers are not the import's own: suggestions from a
 * header row and its first values ({@link MappingSuggester}: exact names, the Japanese
 * and English aliases of {@link HeaderAliases}, fuzzy matches with veto tokens, type
 * sniffing; headers normalised by {@link HeaderKey}), the checks a mapping must pass
 * ({@link MappingProblems}), named profiles ({@link ImportProfiles} over
 * {@link ImportProfileRepository}), the upload's choice between the file's own header, a
 * profile and the mapping step ({@link UploadMappings}), and the mapping endpoints of a
 * job waiting in {@code needs_mapping} ({@link ImportMappings}). Pure functions where it
 * can; a mapping is applied to rows by {@code file.MappedColumns}.
 */
package com.orderplatform.order.bulkimport.mapping;
