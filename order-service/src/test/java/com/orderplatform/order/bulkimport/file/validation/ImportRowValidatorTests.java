package com.orderplatform.order.bulkimport.file.validation;

import java.math.BigDecimal;
import java.util.List;

import com.orderplatform.order.bulkimport.file.ColumnMapping;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.ImportRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value rule at its edges, with all errors of a row and messages that say how to
 * fix them.
 */
class ImportRowValidatorTests {

	private static final ColumnMapping COLUMNS = ColumnMapping.fromHeader(List.of(CsvFixtures.HEADER.split(",")));

	private static final ColumnMapping WITH_ORDER_REF = ColumnMapping
		.fromHeader(List.of((CsvFixtures.HEADER + ",order_ref").split(",")));

	@Test
	void turnsAValidRowIntoAnItemWithTrimmedValues() {
		ValidatedRow row = validate(" tanaka@example.co.jp ", "　田中太郎　", " ノートPC ", "2", "89800", "JPY", " 法人割引適用 ");

		assertThat(row.valid()).isTrue();
		assertThat(row.errors()).isEmpty();
		assertThat(row.rowNumber()).isEqualTo(2);
		assertThat(row.customerEmail()).isEqualTo("tanaka@example.co.jp");
		assertThat(row.customerName()).isEqualTo("田中太郎");
		assertThat(row.orderRef()).isNull();
		assertThat(row.groupKey()).isEqualTo("row:2");
		assertThat(row.item()).isEqualTo(new ImportedItem(2, "ノートPC", 2, new BigDecimal("89800"), "法人割引適用"));
		assertThat(row.item().subtotal()).isEqualTo(new BigDecimal("179600"));
	}

	@ParameterizedTest(name = "quantity [{0}] is {1}")
	@CsvSource(quoteCharacter = '"', value = { "1, 1", "１０, 10", "\"1,000\", 1000", "\"３，０００\", 3000",
			"1000000, 1000000", "\" 3 \", 3", "2.0, 2", "'5, 5" })
	void acceptsWholeQuantitiesFromOneToOneMillion(String quantity, int expected) {
		ValidatedRow row = validate("a@example.co.jp", "田中太郎", "付箋", quantity, "1", "", "");

		assertThat(row.errors()).isEmpty();
		assertThat(row.item().quantity()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "quantity [{0}] is {1}")
	@CsvSource(quoteCharacter = '"',
			value = { "\"\", QUANTITY_REQUIRED", "\"　\", QUANTITY_REQUIRED", "0, QUANTITY_BELOW_ONE",
					"-1, QUANTITY_BELOW_ONE", "－２, QUANTITY_BELOW_ONE", "2.5, QUANTITY_NOT_WHOLE_NUMBER",
					"abc, QUANTITY_NOT_WHOLE_NUMBER", "\"1,00\", QUANTITY_NOT_WHOLE_NUMBER",
					"2個, QUANTITY_NOT_WHOLE_NUMBER", "1000001, QUANTITY_TOO_LARGE",
					"99999999999999999999, QUANTITY_TOO_LARGE" })
	void rejectsQuantitiesThatAreNotWholeNumbersFromOneToOneMillion(String quantity, RowErrorCode code) {
		ValidatedRow row = validate("a@example.co.jp", "田中太郎", "付箋", quantity, "100", "", "");

		assertThat(row.item()).isNull();
		assertThat(row.errors()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(code);
			assertThat(error.column()).isEqualTo("quantity");
			assertThat(error.rowNumber()).isEqualTo(2);
		});
	}

	@Test
	void explainsAQuantityOfZero() {
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "0", "100", "", "").errors())
			.containsExactly(new RowError(2, "quantity", RowErrorCode.QUANTITY_BELOW_ONE,
					"quantity (数量) must be at least 1 but is \"0\"; remove the row if nothing is ordered."));
	}

	@ParameterizedTest(name = "unit_price [{0}] is {1}")
	@CsvSource(quoteCharacter = '"',
			value = { "1, 1", "89800, 89800", "\"¥89,800\", 89800", "\"￥１２，５００\", 12500", "12500円, 12500",
					"\"３，５００円\", 3500", "\\3500, 3500", "\"¥ 1,000 \", 1000", "100.00, 100", "1000000, 1000000" })
	void acceptsYenPricesWithSignsSeparatorsAndFullWidthDigits(String unitPrice, long expected) {
		ValidatedRow row = validate("a@example.co.jp", "田中太郎", "付箋", "1", unitPrice, "", "");

		assertThat(row.errors()).isEmpty();
		assertThat(row.item().unitPrice()).isEqualTo(BigDecimal.valueOf(expected));
		assertThat(row.item().unitPrice().scale()).isZero();
	}

	@ParameterizedTest(name = "unit_price [{0}] is {1}")
	@CsvSource(quoteCharacter = '"',
			value = { "\"\", UNIT_PRICE_REQUIRED", "0, UNIT_PRICE_NOT_POSITIVE", "-100, UNIT_PRICE_NOT_POSITIVE",
					"100.5, UNIT_PRICE_NOT_WHOLE_YEN", "円, UNIT_PRICE_NOT_WHOLE_YEN", "無料, UNIT_PRICE_NOT_WHOLE_YEN",
					"$100, UNIT_PRICE_NOT_WHOLE_YEN", "1000001, UNIT_PRICE_TOO_LARGE" })
	void rejectsPricesThatAreNotWholeYenAboveZero(String unitPrice, RowErrorCode code) {
		ValidatedRow row = validate("a@example.co.jp", "田中太郎", "付箋", "1", unitPrice, "", "");

		assertThat(row.errors()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(code);
			assertThat(error.column()).isEqualTo("unit_price");
		});
	}

	@Test
	void explainsAUnitPriceOfZero() {
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "1", "0", "", "").errors())
			.containsExactly(new RowError(2, "unit_price", RowErrorCode.UNIT_PRICE_NOT_POSITIVE,
					"unit_price (単価) must be greater than 0 but is \"0\"; enter the price of one unit in yen."));
	}

	@ParameterizedTest(name = "currency [{0}]")
	@ValueSource(strings = { "", "JPY", "jpy", "ＪＰＹ", " JPY " })
	void acceptsJapaneseYenOrNoCurrency(String currency) {
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "1", "100", currency, "").errors()).isEmpty();
	}

	@ParameterizedTest(name = "currency [{0}]")
	@ValueSource(strings = { "USD", "EUR", "円", "JPY2" })
	void rejectsAnyOtherCurrency(String currency) {
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "1", "100", currency, "").errors())
			.extracting(RowError::code)
			.containsExactly(RowErrorCode.CURRENCY_NOT_SUPPORTED);
	}

	@Test
	void explainsAForeignCurrency() {
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "1", "100", "USD", "").errors())
			.containsExactly(new RowError(2, "currency", RowErrorCode.CURRENCY_NOT_SUPPORTED,
					"currency (通貨) must be JPY or empty but is \"USD\"; only Japanese yen can be imported."));
	}

	@ParameterizedTest(name = "email [{0}] is stored as [{1}]")
	@CsvSource({ "tanaka@example.co.jp, tanaka@example.co.jp",
			"taro.tanaka+po@example.co.jp, taro.tanaka+po@example.co.jp", "ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ, tanaka@example.co.jp",
			"TANAKA@EXAMPLE.CO.JP, TANAKA@EXAMPLE.CO.JP", "taro..yamada@docomo.ne.jp, taro..yamada@docomo.ne.jp" })
	void acceptsEmailAddressesNormalisingFullWidthLetters(String email, String stored) {
		ValidatedRow row = validate(email, "田中太郎", "付箋", "1", "100", "", "");

		assertThat(row.errors()).isEmpty();
		assertThat(row.customerEmail()).isEqualTo(stored);
	}

	@ParameterizedTest(name = "email [{0}]")
	@ValueSource(strings = { "tanaka", "tanaka@", "@example.co.jp", "tanaka@example", "tanaka @example.co.jp",
			"田中@example.co.jp", "tanaka@@example.co.jp", "a@b.c", "tanaka@example.co.jp;suzuki@example.co.jp" })
	void rejectsMalformedEmailAddresses(String email) {
		assertThat(validate(email, "田中太郎", "付箋", "1", "100", "", "").errors()).extracting(RowError::code)
			.containsExactly(RowErrorCode.CUSTOMER_EMAIL_INVALID);
	}

	@Test
	void explainsAMalformedEmailAddress() {
		assertThat(validate("tanaka@example", "田中太郎", "付箋", "1", "100", "", "").errors())
			.containsExactly(new RowError(2, "customer_email", RowErrorCode.CUSTOMER_EMAIL_INVALID,
					"customer_email (メールアドレス) \"tanaka@example\" is not a valid email address;"
							+ " write it as name@example.co.jp (letters, digits and . _ + - before the @,"
							+ " a domain with a dot after it)."));
	}

	@Test
	void acceptsAnEmailAddressOf254CharactersButNotMore() {
		String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".";
		String longest = "a".repeat(64) + "@" + domain + "eee.jp";
		String tooLong = "a".repeat(64) + "@" + domain + "eeee.jp";

		assertThat(longest).hasSize(254);
		assertThat(validate(longest, "田中太郎", "付箋", "1", "100", "", "").errors()).isEmpty();
		assertThat(validate(tooLong, "田中太郎", "付箋", "1", "100", "", "").errors()).extracting(RowError::code)
			.containsExactly(RowErrorCode.CUSTOMER_EMAIL_INVALID);
	}

	@Test
	void acceptsACustomerNameOfOneHundredCharactersCountingCodePoints() {
		assertThat(validate("a@example.co.jp", "田".repeat(100), "付箋", "1", "100", "", "").errors()).isEmpty();
		assertThat(validate("a@example.co.jp", "𠮷".repeat(100), "付箋", "1", "100", "", "").errors()).isEmpty();
	}

	@Test
	void rejectsACustomerNameOfOneHundredAndOneCharacters() {
		assertThat(validate("a@example.co.jp", "田".repeat(101), "付箋", "1", "100", "", "").errors())
			.containsExactly(new RowError(2, "customer_name", RowErrorCode.CUSTOMER_NAME_TOO_LONG,
					"customer_name (顧客名) may have at most 100 characters but has 101; shorten it."));
	}

	@ParameterizedTest(name = "name [{0}]")
	@ValueSource(strings = { "", " ", "　" })
	void requiresACustomerName(String name) {
		assertThat(validate("a@example.co.jp", name, "付箋", "1", "100", "", "").errors())
			.containsExactly(new RowError(2, "customer_name", RowErrorCode.CUSTOMER_NAME_REQUIRED,
					"customer_name (顧客名) is empty; enter the customer's name."));
	}

	@Test
	void requiresAnEmailAddress() {
		assertThat(validate("", "田中太郎", "付箋", "1", "100", "", "").errors()).containsExactly(new RowError(2,
				"customer_email", RowErrorCode.CUSTOMER_EMAIL_REQUIRED,
				"customer_email (メールアドレス) is empty; enter the customer's email address, e.g. tanaka@example.co.jp."));
	}

	@Test
	void acceptsAProductNameOfTwoHundredCharactersButNotMore() {
		assertThat(validate("a@example.co.jp", "田中太郎", "品".repeat(200), "1", "100", "", "").errors()).isEmpty();
		assertThat(validate("a@example.co.jp", "田中太郎", "品".repeat(201), "1", "100", "", "").errors())
			.extracting(RowError::code)
			.containsExactly(RowErrorCode.PRODUCT_NAME_TOO_LONG);
	}

	@Test
	void requiresAProductName() {
		assertThat(validate("a@example.co.jp", "田中太郎", "", "1", "100", "", "").errors()).extracting(RowError::code)
			.containsExactly(RowErrorCode.PRODUCT_NAME_REQUIRED);
	}

	@Test
	void acceptsNotesOfFiveHundredCharactersButNotMore() {
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "1", "100", "", "備".repeat(500)).errors()).isEmpty();
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "1", "100", "", "備".repeat(501)).errors())
			.containsExactly(new RowError(2, "notes", RowErrorCode.NOTES_TOO_LONG,
					"notes (備考) may have at most 500 characters but has 501; shorten it."));
	}

	@Test
	void acceptsAnOrderRefOfOneHundredCharactersButNotMore() {
		assertThat(validateWithRef("R".repeat(100)).errors()).isEmpty();
		assertThat(validateWithRef("R".repeat(101)).errors()).extracting(RowError::code)
			.containsExactly(RowErrorCode.ORDER_REF_TOO_LONG);
	}

	@Test
	void reportsEveryErrorOfARowInColumnOrder() {
		ValidatedRow row = validate("", "", "", "0", "0", "USD", "x".repeat(501));

		assertThat(row.item()).isNull();
		assertThat(row.errors()).extracting(RowError::code)
			.containsExactly(RowErrorCode.CUSTOMER_EMAIL_REQUIRED, RowErrorCode.CUSTOMER_NAME_REQUIRED,
					RowErrorCode.PRODUCT_NAME_REQUIRED, RowErrorCode.QUANTITY_BELOW_ONE,
					RowErrorCode.UNIT_PRICE_NOT_POSITIVE, RowErrorCode.CURRENCY_NOT_SUPPORTED,
					RowErrorCode.NOTES_TOO_LONG);
		assertThat(row.errors()).extracting(RowError::column)
			.containsExactly("customer_email", "customer_name", "product_name", "quantity", "unit_price", "currency",
					"notes");
	}

	@Test
	void storesFormulaLikeCellsAsTheTextTyped() {
		ValidatedRow row = validate("a@example.co.jp", "=HYPERLINK(\"http://evil.example/\")", "@SUM(A1)", "1", "100",
				"", "+81-3-1234-5678");

		assertThat(row.errors()).isEmpty();
		assertThat(row.customerName()).isEqualTo("=HYPERLINK(\"http://evil.example/\")");
		assertThat(row.item().productName()).isEqualTo("@SUM(A1)");
		assertThat(row.item().notes()).isEqualTo("+81-3-1234-5678");
	}

	@Test
	void readsACellNeutralisedInErrorsCsvAsTheTextItGuards() {
		ValidatedRow row = validate("a@example.co.jp", "田中太郎", "'=1+2", "1", "100", "", "'-2+3");

		assertThat(row.item().productName()).isEqualTo("=1+2");
		assertThat(row.item().notes()).isEqualTo("-2+3");
	}

	@Test
	void rejectsCellsBeyondTheHeader() {
		ValidatedRow row = validate("a@example.co.jp", "田中太郎", "付箋", "1", "100", "", "", "余分");

		assertThat(row.errors()).containsExactly(new RowError(2, null, RowErrorCode.EXTRA_CELLS,
				"The row has 8 cells but the header has 7 columns; remove the cells after column 7"
						+ " or give their column a header (a cell with a delimiter inside needs quotes)."));
	}

	@Test
	void acceptsEmptyCellsBeyondTheHeader() {
		assertThat(validate("a@example.co.jp", "田中太郎", "付箋", "1", "100", "", "", "", " ").errors()).isEmpty();
	}

	@Test
	void keysRowsWithAnOrderRefByTheRefAndTheEmailInLowerCase() {
		ImportRow row = new ImportRow(7, List.of("Tanaka@Example.co.jp", "田中太郎", "付箋", "1", "100", "", "", "ＰＯ－１"),
				WITH_ORDER_REF);

		ValidatedRow validated = ImportRowValidator.validate(row);

		assertThat(validated.orderRef()).isEqualTo("PO-1");
		assertThat(validated.groupKey()).isEqualTo("ref:4:PO-1:tanaka@example.co.jp");
	}

	@Test
	void treatsAnEmptyOrderRefAsAnOrderOfItsOwn() {
		ImportRow row = new ImportRow(7, List.of("a@example.co.jp", "田中太郎", "付箋", "1", "100", "", "", " "),
				WITH_ORDER_REF);

		ValidatedRow validated = ImportRowValidator.validate(row);

		assertThat(validated.orderRef()).isNull();
		assertThat(validated.groupKey()).isEqualTo("row:7");
	}

	private static ValidatedRow validate(String... cells) {
		return ImportRowValidator.validate(new ImportRow(2, List.of(cells), COLUMNS));
	}

	private static ValidatedRow validateWithRef(String orderRef) {
		return ImportRowValidator.validate(new ImportRow(2,
				List.of("a@example.co.jp", "田中太郎", "付箋", "1", "100", "", "", orderRef), WITH_ORDER_REF));
	}

}
