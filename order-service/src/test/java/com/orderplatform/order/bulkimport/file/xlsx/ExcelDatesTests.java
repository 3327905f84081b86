package com.orderplatform.order.bulkimport.file.xlsx;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which number formats are dates or times (built-in IDs, Japanese IDs without a code,
 * custom codes), the serials of both date systems with Excel's fictitious 1900-02-29, and
 * numbers as Excel's General format shows them.
 */
class ExcelDatesTests {

	@Test
	void classifiesBuiltInJapaneseAndCustomFormats() {
		assertThat(ExcelDates.kind(null, null)).isEqualTo(ExcelDates.Kind.NUMBER);
		assertThat(ExcelDates.kind(3, "#,##0")).isEqualTo(ExcelDates.Kind.NUMBER);
		assertThat(ExcelDates.kind(14, "mm-dd-yy")).isEqualTo(ExcelDates.Kind.DATE);
		assertThat(ExcelDates.kind(57, null)).isEqualTo(ExcelDates.Kind.DATE);
		assertThat(ExcelDates.kind(22, "m/d/yy h:mm")).isEqualTo(ExcelDates.Kind.DATE_TIME);
		assertThat(ExcelDates.kind(21, "h:mm:ss")).isEqualTo(ExcelDates.Kind.TIME);
		assertThat(ExcelDates.kind(176, "[$-411]ggge\"年\"m\"月\"d\"日\"")).isEqualTo(ExcelDates.Kind.DATE);
		assertThat(ExcelDates.kind(177, "yyyy/mm/dd hh:mm")).isEqualTo(ExcelDates.Kind.DATE_TIME);
		assertThat(ExcelDates.kind(178, "#,##0\"円\";[Red]-#,##0\"円\"")).isEqualTo(ExcelDates.Kind.NUMBER);
		assertThat(ExcelDates.kind(179, "0.00E+00")).isEqualTo(ExcelDates.Kind.NUMBER);
	}

	@Test
	void convertsSerialsOfBothDateSystems() {
		assertThat(ExcelDates.text(BigDecimal.ONE, ExcelDates.Kind.DATE, false)).isEqualTo("1900-01-01");
		assertThat(ExcelDates.text(BigDecimal.valueOf(59), ExcelDates.Kind.DATE, false)).isEqualTo("1900-02-28");
		assertThat(ExcelDates.text(BigDecimal.valueOf(60), ExcelDates.Kind.DATE, false)).isEqualTo("1900-02-29");
		assertThat(ExcelDates.text(BigDecimal.valueOf(61), ExcelDates.Kind.DATE, false)).isEqualTo("1900-03-01");
		assertThat(ExcelDates.text(BigDecimal.valueOf(45749), ExcelDates.Kind.DATE, false)).isEqualTo("2025-04-02");
		assertThat(ExcelDates.text(BigDecimal.valueOf(44287), ExcelDates.Kind.DATE, true)).isEqualTo("2025-04-02");
		assertThat(ExcelDates.text(new BigDecimal("45749.5"), ExcelDates.Kind.DATE_TIME, false))
			.isEqualTo("2025-04-02 12:00:00");
		assertThat(ExcelDates.text(new BigDecimal("0.75"), ExcelDates.Kind.TIME, false)).isEqualTo("18:00:00");
	}

	@Test
	void showsNumbersWithFifteenSignificantDigitsAndNoExponent() {
		assertThat(ExcelCells.plain(new BigDecimal("98780.000000000015"))).isEqualTo("98780");
		assertThat(ExcelCells.plain(new BigDecimal("1.0E7"))).isEqualTo("10000000");
		assertThat(ExcelCells.plain(new BigDecimal("89800.0"))).isEqualTo("89800");
		assertThat(ExcelCells.plain(new BigDecimal("0.1"))).isEqualTo("0.1");
		assertThat(ExcelCells.plain(new BigDecimal("-0.0"))).isEqualTo("0");
		assertThat(ExcelCells.plain(new BigDecimal("1234567890123456789"))).isEqualTo("1234567890123460000");
	}

}
