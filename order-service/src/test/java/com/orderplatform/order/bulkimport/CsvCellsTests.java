package com.orderplatform.order.bulkimport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (OWASP): formula starts are neutralised, plain numbers and other text are
 * not.
 */
class CsvCellsTests {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(quoteCharacter = '"',
			value = { "=1+2, '=1+2",
					"\"=HYPERLINK(\"\"http://evil.example/\"\")\", \"'=HYPERLINK(\"\"http://evil.example/\"\")\"",
					"+81-3-1234-5678, '+81-3-1234-5678", "-2+3, '-2+3", "@SUM(A1), '@SUM(A1)", "-, '-", "+, '+",
					"\"-1,2-3\", \"'-1,2-3\"" })
	void prefixesCellsThatStartAFormula(String cell, String neutralised) {
		assertThat(CsvCells.neutralize(cell)).isEqualTo(neutralised);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "\tcmd", "\rcmd" })
	void prefixesCellsThatStartWithATabOrACarriageReturn(String cell) {
		assertThat(CsvCells.neutralize(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "-5", "+5", "-1,234.50", "-0.5", "+1,200" })
	void leavesPlainNumbersAlone(String cell) {
		assertThat(CsvCells.neutralize(cell)).isEqualTo(cell);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "田中太郎", "a=b", "1+1", "'=1+2", " =1+2", "＝1+2", "tanaka@example.co.jp" })
	void leavesOtherCellsAloneSoNeutralisingTwiceChangesNothing(String cell) {
		assertThat(CsvCells.neutralize(cell)).isEqualTo(cell);
	}

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(quoteCharacter = '"',
			value = { "'=1+2, =1+2", "'-2+3, -2+3", "'@SUM(A1), @SUM(A1)", "'abc, 'abc", "', '", "=1+2, =1+2" })
	void readsANeutralisedCellBackAsTheTextItGuards(String cell, String text) {
		assertThat(CsvCells.unneutralize(cell)).isEqualTo(text);
	}

}
