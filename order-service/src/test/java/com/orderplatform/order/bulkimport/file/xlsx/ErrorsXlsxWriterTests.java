package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * errors.xlsx as POI reads it back: the added columns, the header, each failed row with
 * its errors joined, and the uploaded cells as text, a formula-looking cell included (it
 * never becomes a formula); a control character XML cannot hold is left out, so the
 * workbook always opens.
 */
class ErrorsXlsxWriterTests {

	@Test
	void writesTheFailedRowsAsTextCellsBehindTheReasonColumns() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ErrorsXlsxWriter writer = ErrorsXlsxWriter.open(out, List.of("メールアドレス", "数量", "備考"))) {
			writer.write(7, List.of("a@example.com\u0001", "0123", "=HYPERLINK(\"http://x\")"),
					List.of(new RowError(7, "quantity", RowErrorCode.QUANTITY_BELOW_ONE, "quantity is 0"),
							new RowError(7, null, RowErrorCode.ORDER_TOTAL_OUT_OF_RANGE, "total too small")));
		}

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Row header = workbook.getSheet("errors").getRow(0);
			Row row = workbook.getSheet("errors").getRow(1);
			assertThat(header).extracting(cell -> cell.getStringCellValue())
				.containsExactly("row_number", "error_code", "error_message", "メールアドレス", "数量", "備考");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(7.0);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("QUANTITY_BELOW_ONE | ORDER_TOTAL_OUT_OF_RANGE");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("quantity is 0 | total too small");
			assertThat(row.getCell(3).getStringCellValue()).as("a control character XML cannot hold is left out")
				.isEqualTo("a@example.com");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("0123");
			assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
			assertThat(workbook.getSheet("errors").getLastRowNum()).isEqualTo(1);
		}
	}

}
