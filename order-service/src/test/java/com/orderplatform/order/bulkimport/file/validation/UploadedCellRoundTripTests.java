package com.orderplatform.order.bulkimport.file.validation;

import com.orderplatform.order.csv.CsvCells;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uploaded cell written back (errors.csv, results.csv) and uploaded again reads as the
 * value the import first read from it, however hostile: the guards the writer adds are
 * exactly those the reader takes away.
 */
class UploadedCellRoundTripTests {

	/**
	 * Separators, formula characters, quotes, guards, full-width forms and plain text.
	 */
	private static final String ALPHABET = ",;\t\r\n\"'=+-@＝＋－＠ a1田'";

	@Property(tries = 3000, seed = "20261201")
	void anUploadedCellWrittenBackReadsAsTheSameValue(@ForAll("hostileText") String cell) {
		String written = CsvCells.neutralizeUploaded(cell);

		assertThat(CellValues.text(written)).isEqualTo(CellValues.text(cell));
		assertThat(CellValues.normalisedText(written)).isEqualTo(CellValues.normalisedText(cell));
		assertThat(CellValues.wholeNumber(written)).isEqualTo(CellValues.wholeNumber(cell));
	}

	@Provide
	Arbitrary<String> hostileText() {
		return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(24);
	}

}
