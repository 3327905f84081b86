package com.orderplatform.order.bulkimport.file.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.CsvRecords;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.OrderGroupResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** template.csv: a header and two example rows that import as they are. */
class TemplateCsvTests {

	@TempDir
	Path dir;

	@Test
	void writesTheJapaneseTemplateInUtf8WithBomAndCrlf() throws IOException {
		byte[] template = template(TemplateCsv.Language.JA);

		assertThat(Arrays.copyOf(template, 3)).isEqualTo(CsvRecords.UTF8_BOM);
		assertThat(new String(template, 3, template.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("メールアドレス,顧客名,商品名,数量,単価,通貨,備考,注文番号\r\n"
					+ "tanaka@example.co.jp,田中太郎,ノートPC,2,89800,JPY,法人割引適用,PO-0001\r\n"
					+ "tanaka@example.co.jp,田中太郎,モニター27インチ,3,45000,JPY,,PO-0001\r\n");
	}

	@Test
	void writesTheEnglishTemplateWithTheSpecsColumnNames() throws IOException {
		byte[] template = template(TemplateCsv.Language.EN);

		assertThat(new String(template, 3, template.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("customer_email,customer_name,product_name,quantity,unit_price,currency,notes,order_ref\r\n"
					+ "tanaka@example.co.jp,Taro Tanaka,Laptop,2,89800,JPY,Corporate discount,PO-0001\r\n"
					+ "tanaka@example.co.jp,Taro Tanaka,27-inch monitor,3,45000,JPY,,PO-0001\r\n");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(TemplateCsv.Language.class)
	void importsTheTemplateAsOneOrderOfTwoItems(TemplateCsv.Language language) throws IOException {
		Path file = CsvFixtures.file(this.dir, TemplateCsv.fileName(language), template(language));

		List<OrderGroupResult> orders = CsvFixtures.orders(file);

		assertThat(CsvFixtures.inspect(file).warnings()).isEmpty();
		assertThat(orders).singleElement().isInstanceOfSatisfying(ImportedOrder.class, order -> {
			assertThat(order.orderRef()).isEqualTo("PO-0001");
			assertThat(order.rowNumbers()).containsExactly(2, 3);
			assertThat(order.total()).isEqualByComparingTo("314600");
		});
	}

	@Test
	void readsTheLangParameter() {
		assertThat(TemplateCsv.Language.of("ja")).isEqualTo(TemplateCsv.Language.JA);
		assertThat(TemplateCsv.Language.of(" EN ")).isEqualTo(TemplateCsv.Language.EN);
		assertThatIllegalArgumentException().isThrownBy(() -> TemplateCsv.Language.of("fr"))
			.withMessage("lang must be ja or en but was fr");
		assertThat(TemplateCsv.fileName(TemplateCsv.Language.JA)).isEqualTo("order-import-template-ja.csv");
	}

	private static byte[] template(TemplateCsv.Language language) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TemplateCsv.write(out, language);
		return out.toByteArray();
	}

}
