package com.orderplatform.order.bulkimport.mapping;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.api.ImportProfileList;
import com.orderplatform.order.api.ImportProfileRequest;
import com.orderplatform.order.api.ImportProfileView;
import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;

import org.springframework.stereotype.Service;

/**
 * The mapping profiles as admins manage them and uploads use them: listed, read, saved
 * (checked against their own header set), deleted, and recognised by a file's header set.
 */
@Service
public class ImportProfiles {

	/** Letters (Japanese too), digits, spaces, {@code -} and {@code _}; 1–100 of them. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}\\p{M} _\\-ー・]{1,100}");

	private final ImportProfileRepository profiles;

	private final Clock clock;

	ImportProfiles(ImportProfileRepository profiles, Clock clock) {
		this.profiles = profiles;
		this.clock = clock;
	}

	/** Every profile, by name. */
	public ImportProfileList list() {
		return new ImportProfileList(this.profiles.list().stream().map(ImportProfiles::view).toList());
	}

	/**
	 * A profile.
	 * @param name its name (trimmed here)
	 * @return it, empty when there is none
	 */
	public Optional<ImportProfile> find(String name) {
		return (name != null) ? this.profiles.find(name.strip()) : Optional.empty();
	}

	/**
	 * Creates or replaces a profile.
	 * @param name its name
	 * @param request its header set and mapping
	 * @param user who saves it
	 * @return the profile saved
	 * @throws ImportFileException {@link FileErrorCode#MAPPING_INVALID} for a bad name,
	 * no headers or a mapping that does not fit them
	 */
	public ImportProfileView put(String name, ImportProfileRequest request, String user) {
		List<String> headers = (request.headers() != null) ? request.headers() : List.of();
		return view(save(name, headers, request.mapping(), user));
	}

	/**
	 * Saves a mapping under a name (created or replaced), checked against its headers.
	 * @throws ImportFileException {@link FileErrorCode#MAPPING_INVALID} as for
	 * {@link #put}
	 */
	ImportProfile save(String name, List<String> headers, ImportMappingSpec mapping, String user) {
		String checked = name(name);
		List<String> cells = new ArrayList<>();
		for (String header : headers) {
			if (header != null && !header.isBlank()) {
				cells.add(header.strip());
			}
		}
		if (cells.isEmpty()) {
			throw invalid("The profile " + checked + " has no headers: give the header cells of the files it is for.");
		}
		List<String> problems = MappingProblems.of(mapping, cells);
		if (!problems.isEmpty()) {
			throw invalid(String.join(" ", problems));
		}
		ImportProfile profile = new ImportProfile(checked, cells, mapping, user, this.clock.instant());
		this.profiles.save(profile);
		return profile;
	}

	/**
	 * Deletes a profile.
	 * @param name its name
	 * @return whether there was one
	 */
	public boolean delete(String name) {
		return this.profiles.delete(name.strip());
	}

	/**
	 * The profile made for a header set: the same headers, normalised, in any order; the
	 * first by name when several are.
	 * @param headerCells the file's header cells
	 * @return the profile, empty when none fits
	 */
	public Optional<ImportProfile> recognise(List<String> headerCells) {
		return this.profiles.list().stream().filter(profile -> profile.recognises(headerCells)).findFirst();
	}

	/**
	 * A profile as the API shows it.
	 * @param profile the profile
	 * @return the view
	 */
	public static ImportProfileView view(ImportProfile profile) {
		return new ImportProfileView(profile.name(), profile.headers(), profile.mapping(), profile.updatedBy(),
				profile.updatedAt());
	}

	/**
	 * A profile name, trimmed.
	 * @throws ImportFileException {@link FileErrorCode#MAPPING_INVALID} unless 1–100
	 * letters, digits, spaces, {@code -} or {@code _}
	 */
	static String name(String name) {
		String trimmed = (name != null) ? name.strip() : "";
		if (!NAME.matcher(trimmed).matches()) {
			throw invalid("A profile name is 1 to 100 letters, digits, spaces, - or _ (Japanese too), not \""
					+ ((trimmed.length() > 100) ? trimmed.substring(0, 100) + "…" : trimmed) + "\".");
		}
		return trimmed;
	}

	static ImportFileException invalid(String message) {
		return new ImportFileException(FileErrorCode.MAPPING_INVALID, message);
	}

}
