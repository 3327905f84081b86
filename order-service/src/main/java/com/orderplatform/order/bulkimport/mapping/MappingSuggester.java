package com.orderplatform.order.bulkimport.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.orderplatform.order.api.ImportColumnMatch;
import com.orderplatform.order.api.ImportFieldSource;
import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.bulkimport.file.ImportColumn;

/**
 * Suggests a mapping for a header row: each header's own name (exact), then the aliases
 * of {@link HeaderAliases}, then a fuzzy match (a {@link Similarity} of at least
 * {@value #FUZZY_THRESHOLD}, {@value #FUZZY_LEAD} ahead of any other field, no veto
 * token); a family and a given name column are joined into the customer's name; the first
 * values drop candidates they cannot be (an email without {@code @}, a quantity that is
 * not a whole number) and break ties; each field gets one header, the best. Headers left
 * over are suggested as ignored. Pure: the same input, the same suggestion.
 */
public final class MappingSuggester {

	static final double FUZZY_THRESHOLD = 0.85;

	static final double FUZZY_LEAD = 0.1;

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[-−]?\\d+");

	private static final Pattern DECORATION = Pattern.compile("[,\\s¥円]");

	private MappingSuggester() {
	}

	/**
	 * A suggested mapping and how each header was matched.
	 *
	 * @param mapping the mapping
	 * @param matches one entry per header, in order
	 */
	public record Suggestion(ImportMappingSpec mapping, List<ImportColumnMatch> matches) {
	}

	private record Candidate(int index, ImportColumn column, String match, double score, boolean fits) {
	}

	/**
	 * Suggests a mapping.
	 * @param headers the header cells as written
	 * @param rows the first data rows' cells
	 * @return the suggestion
	 */
	public static Suggestion suggest(List<String> headers, List<List<String>> rows) {
		List<HeaderKey> keys = headers.stream().map(HeaderKey::of).toList();
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			candidate(i, keys.get(i), values(rows, i)).ifPresent(candidates::add);
		}
		NamePairs.Pair pair = namePair(keys, candidates);
		if (pair != null) {
			candidates.removeIf(candidate -> candidate.column() == ImportColumn.CUSTOMER_NAME
					|| candidate.index() == pair.family() || candidate.index() == pair.given());
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score)
			.reversed()
			.thenComparing(Candidate::fits, Comparator.reverseOrder())
			.thenComparingInt(Candidate::index));
		Candidate[] byHeader = new Candidate[headers.size()];
		Set<ImportColumn> taken = EnumSet.noneOf(ImportColumn.class);
		for (Candidate candidate : candidates) {
			if (byHeader[candidate.index()] == null && candidate.fits() && taken.add(candidate.column())) {
				byHeader[candidate.index()] = candidate;
			}
		}
		Map<String, ImportFieldSource> fields = new LinkedHashMap<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column == ImportColumn.CUSTOMER_NAME && pair != null) {
				fields.put(column.headerName(), new ImportFieldSource(
						pair.order().stream().map(i -> headers.get(i).strip()).toList(), pair.separator(), null));
				byHeader[pair.family()] = new Candidate(pair.family(), column, "alias", 0.9, true);
				byHeader[pair.given()] = new Candidate(pair.given(), column, "alias", 0.9, true);
			}
			for (int i = 0; i < headers.size(); i++) {
				if (byHeader[i] != null && byHeader[i].column() == column && !fields.containsKey(column.headerName())) {
					fields.put(column.headerName(), new ImportFieldSource(List.of(headers.get(i).strip()), null, null));
				}
			}
		}
		List<String> ignored = new ArrayList<>();
		List<ImportColumnMatch> matches = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i).strip();
			Candidate chosen = byHeader[i];
			matches.add((chosen != null)
					? new ImportColumnMatch(header, chosen.column().headerName(), chosen.match(),
							Math.round(chosen.score() * 100) / 100.0)
					: new ImportColumnMatch(header, null, "none", 0.0));
			if (chosen == null && !header.isEmpty()) {
				ignored.add(header);
			}
		}
		return new Suggestion(new ImportMappingSpec(fields, ignored), matches);
	}

	/** The best field a header may be, if any. */
	private static Optional<Candidate> candidate(int index, HeaderKey key, List<String> values) {
		if (key.key().isEmpty() || key.reading()) {
			return Optional.empty();
		}
		double penalty = key.qualifiers().contains(HeaderKey.Qualifier.TAX_EXCLUDED) ? 0.05 : 0;
		Optional<ImportColumn> named = HeaderAliases.named(key.key());
		if (named.isPresent()) {
			return Optional.of(new Candidate(index, named.get(), key.bracketed() ? "alias" : "exact",
					(key.bracketed() ? 0.95 : 1.0) - penalty, fits(named.get(), values)));
		}
		Optional<ImportColumn> aliased = HeaderAliases.aliased(key.key());
		if (aliased.isPresent()) {
			return Optional
				.of(new Candidate(index, aliased.get(), "alias", 0.95 - penalty, fits(aliased.get(), values)));
		}
		ImportColumn best = null;
		double bestScore = 0;
		double second = 0;
		for (ImportColumn column : ImportColumn.values()) {
			double score = HeaderAliases.keys(column)
				.stream()
				.filter(name -> !HeaderAliases.vetoed(key.key(), name))
				.mapToDouble(name -> Similarity.ratio(key.key(), name))
				.max()
				.orElse(0);
			if (score > bestScore) {
				second = bestScore;
				bestScore = score;
				best = column;
			}
			else if (score > second) {
				second = score;
			}
		}
		if (best == null || bestScore < FUZZY_THRESHOLD || bestScore - second < FUZZY_LEAD) {
			return Optional.empty();
		}
		return Optional.of(new Candidate(index, best, "fuzzy", bestScore - penalty, fits(best, values)));
	}

	/**
	 * A split name to join, unless a header names the customer by name or alias; headers
	 * matched to other fields by name or alias are not part of it.
	 */
	private static NamePairs.Pair namePair(List<HeaderKey> keys, List<Candidate> candidates) {
		boolean named = candidates.stream()
			.anyMatch(c -> c.column() == ImportColumn.CUSTOMER_NAME && !c.match().equals("fuzzy") && c.fits());
		Set<Integer> taken = new java.util.HashSet<>();
		candidates.stream().filter(c -> !c.match().equals("fuzzy")).forEach(c -> taken.add(c.index()));
		return named ? null : NamePairs.find(keys, taken);
	}

	/** Whether the first values can be the field's. */
	private static boolean fits(ImportColumn column, List<String> values) {
		if (values.isEmpty()) {
			return true;
		}
		return switch (column) {
			case CUSTOMER_EMAIL -> values.stream().filter(value -> value.contains("@")).count() * 2 >= values.size();
			case QUANTITY, UNIT_PRICE -> values.stream()
				.allMatch(value -> WHOLE_NUMBER.matcher(DECORATION.matcher(value).replaceAll("")).matches());
			default -> true;
		};
	}

	/** A column's non-blank first values, NFKC and trimmed. */
	private static List<String> values(List<List<String>> rows, int index) {
		return rows.stream()
			.map(row -> (index < row.size()) ? row.get(index) : "")
			.filter(value -> !value.isBlank())
			.map(value -> Normalizer.normalize(value, Normalizer.Form.NFKC).strip())
			.toList();
	}

}
