package com.orderplatform.order.csv;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (OWASP) across dialects: a formula character gets a {@code '} in front at
 * a cell's start and after every delimiter, line break or quote inside it, numbers
 * included; the guard reads back as exactly the text it guards (the import's reading of
 * such cells: {@code UploadedCellRoundTripTests}).
 */
class CsvCellsTests {

	/**
	 * Separators, formula characters, quotes, guards, full-width forms and plain text.
	 */
	private static final String ALPHABET = ",;\t\r\n\"'=+-@＝＋－＠ a1田'";

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiterString = "|", quoteCharacter = '`',
			value = { "=1+2|'=1+2", "=HYPERLINK(\"http://evil.example/\")|'=HYPERLINK(\"http://evil.example/\")",
					"+81-3-1234-5678|'+81-3-1234-5678", "-2+3|'-2+3", "@SUM(A1)|'@SUM(A1)", "-|'-", "+|'+", "-5|'-5",
					"+5|'+5", "-1.5|'-1.5", "-1,2-3|'-1,2-3", "a,=1|a,'=1", "a;@x|a;'@x", "say \"=1\"|say \"'=1\"",
					"＝1|'＝1", "＋1|'＋1", "－1|'－1", "＠x|'＠x", "'=1|''=1", "a,'=1|a,''=1", "''-1|'''-1" })
	void guardsEveryPlaceASpreadsheetMayStartACell(String text, String neutralised) {
		assertThat(CsvCells.neutralize(text)).isEqualTo(neutralised);
	}

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiterString = "|", quoteCharacter = '`',
			value = { "\\tcmd|'\\tcmd", "\\rcmd|'\\rcmd", "a\\t=1|a\\t'=1", "3階\\n=1|3階\\n'=1",
					"3階\\r\\n-1|3階\\r\\n'-1", "\\t=1|'\\t'=1", ",\\t\\t-|,'\\t'\\t'-", "x\\r@y|x\\r'@y" })
	void guardsTabsCarriageReturnsAndWhatFollowsThem(String text, String neutralised) {
		assertThat(CsvCells.neutralize(unescape(text))).isEqualTo(unescape(neutralised));
	}

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiterString = "|", quoteCharacter = '`',
			value = { "a,|a,'", "a;|a;'", ",|,'", "a,'|a,''", "a,''|a,'''" })
	void guardsTheEndOfATextThatEndsInADelimiter(String text, String neutralised) {
		assertThat(CsvCells.neutralize(text)).isEqualTo(neutralised);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "田中太郎", "a=b", "1+1", "'abc", " =1+2", "a＝1", "tanaka@example.co.jp", "89,800", "a, b",
			"'", "a\t", "a\n", "27\" monitor\"" })
	void leavesTextWithoutAFormulaStartAlone(String text) {
		assertThat(CsvCells.neutralize(text)).isSameAs(text);
	}

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiterString = "|", quoteCharacter = '`',
			value = { "'=1+2|=1+2", "'-2+3|-2+3", "'@SUM(A1)|@SUM(A1)", "'abc|'abc", "'|'", "=1+2|=1+2", "a,'=b|a,=b",
					"''=1|'=1", "'＝1|＝1", "a'=1|a'=1", "a,'|a,", "a;''|a;'", "a'|a'" })
	void readsAGuardedCellBackAsTheTextItGuards(String text, String value) {
		assertThat(CsvCells.unneutralize(text)).isEqualTo(value);
	}

	@Property(tries = 3000, seed = "20261201")
	void unneutralizeUndoesNeutralizeExactly(@ForAll("hostileText") String text) {
		assertThat(CsvCells.unneutralize(CsvCells.neutralize(text))).isEqualTo(text);
	}

	@Property(tries = 3000, seed = "20261201")
	void noPieceOfANeutralisedTextStartsAFormulaWhateverItIsSplitOn(@ForAll("hostileText") String text) {
		assertThat(FormulaPieces.inCell(CsvCells.neutralize(text))).isEmpty();
		assertThat(FormulaPieces.inCell(CsvCells.neutralizeUploaded(text))).isEmpty();
	}

	@Provide
	Arbitrary<String> hostileText() {
		return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(24);
	}

	private static String unescape(String text) {
		return text.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
	}

}
