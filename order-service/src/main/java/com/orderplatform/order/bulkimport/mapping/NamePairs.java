package com.orderplatform.order.bulkimport.mapping;

import java.util.List;
import java.util.Set;

/**
 * Finds the two columns a customer's name is split into: a family-name and a given-name
 * header with the same beginning ({@code 姓} + {@code 名}, Rakuten's {@code 注文者名字} +
 * {@code 注文者名前}, {@code Last Name} + {@code First Name}), to be joined.
 */
final class NamePairs {

	/** Japanese family-name and given-name endings, and English ones. */
	private static final List<String> FAMILY = List.of("名字", "苗字", "姓", "lastname", "familyname", "surname");

	private static final List<String> GIVEN = List.of("名前", "名", "firstname", "givenname");

	private NamePairs() {
	}

	/**
	 * A name split in two.
	 *
	 * @param family the family name's header index
	 * @param given the given name's header index
	 * @param japanese whether the headers are Japanese (joined family first with a
	 * full-width space; else given name first with a space)
	 */
	record Pair(int family, int given, boolean japanese) {

		/** The join order of the headers. */
		List<Integer> order() {
			return this.japanese ? List.of(this.family, this.given) : List.of(this.given, this.family);
		}

		/** What joins them. */
		String separator() {
			return this.japanese ? "\u3000" : " ";
		}

	}

	/**
	 * The first family/given pair among headers not taken otherwise.
	 * @param keys the headers' keys
	 * @param taken header indexes matched to other fields by name or alias
	 * @return the pair, {@code null} when there is none
	 */
	static Pair find(List<HeaderKey> keys, Set<Integer> taken) {
		for (int f = 0; f < keys.size(); f++) {
			String family = keys.get(f).key();
			if (taken.contains(f) || keys.get(f).reading()) {
				continue;
			}
			for (String familyEnd : FAMILY) {
				if (!family.endsWith(familyEnd)) {
					continue;
				}
				String prefix = family.substring(0, family.length() - familyEnd.length());
				for (int g = 0; g < keys.size(); g++) {
					for (String givenEnd : GIVEN) {
						if (g != f && !taken.contains(g) && !keys.get(g).reading()
								&& keys.get(g).key().equals(prefix + givenEnd)) {
							return new Pair(f, g, !family.matches("[a-z0-9]*"));
						}
					}
				}
			}
		}
		return null;
	}

}
