package com.orderplatform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OrderCsvGeneratorTests {

	@TempDir
	Path dir;

	@Test
	void sameSeedAndRowCountGiveTheSameBytes() throws IOException {
		OrderCsvGenerator.GeneratedFile first = OrderCsvGenerator.write(42, 2_000, this.dir.resolve("a.csv"));
		OrderCsvGenerator.GeneratedFile second = OrderCsvGenerator.write(42, 2_000, this.dir.resolve("b.csv"));

		assertThat(Files.readAllBytes(second.path())).isEqualTo(Files.readAllBytes(first.path()));
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.validRows()).isEqualTo(first.validRows());
	}

	@Test
	void anotherSeedGivesAnotherFile() {
		OrderCsvGenerator.GeneratedFile first = OrderCsvGenerator.write(42, 500, this.dir.resolve("a.csv"));
		OrderCsvGenerator.GeneratedFile second = OrderCsvGenerator.write(43, 500, this.dir.resolve("b.csv"));

		assertThat(second.sha256()).isNotEqualTo(first.sha256());
	}

	@Test
	void pinnedSeedKeepsItsBytesAcrossJdksAndChanges() {
		// java.util.Random is specified by the JDK, so this digest only changes when the
		// generator does; results measured on different files are not comparable.
		OrderCsvGenerator.GeneratedFile file = OrderCsvGenerator.write(20261124L, 1_000, this.dir.resolve("p.csv"));

		assertThat(file.sha256()).isEqualTo(PINNED_SHA256);
		assertThat(file.rows()).isEqualTo(1_000);
		assertThat(file.validRows()).isEqualTo(PINNED_VALID_ROWS);
	}

	@Test
	void writesTheHeaderAndOneCrlfRecordPerRowWithQuotedSpecialCells() throws IOException {
		List<OrderRow> rows = new ArrayList<>();
		new OrderCsvGenerator(7).generate(300, rows::add);
		OrderCsvGenerator.GeneratedFile file = OrderCsvGenerator.write(7, 300, this.dir.resolve("r.csv"));
		String text = Files.readString(file.path(), StandardCharsets.UTF_8);

		assertThat(text).startsWith(OrderCsvGenerator.HEADER + "\r\n").endsWith("\r\n");
		assertThat(text.split("\r\n", -1)).hasSize(300 + 2);
		assertThat(text.charAt(0)).isNotEqualTo('\uFEFF');
		assertThat(file.validRows()).isEqualTo((int) rows.stream().filter(OrderRow::valid).count());
		assertThat(file.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
		assertThat(rows).anySatisfy((row) -> assertThat(row.notes()).contains("\n"));
		assertThat(rows).anySatisfy((row) -> assertThat(row.notes()).contains("\""));
	}

	@Test
	void aboutThreePercentOfOrdersAreAboveThePaymentLimitAndTheRestWithinIt() {
		List<OrderRow> rows = new ArrayList<>();
		new OrderCsvGenerator(42).generate(10_000, rows::add);

		long over = rows.stream().filter((row) -> row.total() > OrderRow.MAX_TOTAL).count();
		assertThat(over).isBetween(250L, 350L);
		assertThat(rows).filteredOn((row) -> row.total() <= OrderRow.MAX_TOTAL)
			.allSatisfy((row) -> assertThat(row.valid()).isTrue());
		assertThat(rows).allSatisfy((row) -> assertThat(row.quantity()).isPositive());
	}

	@Test
	void firstRowsAreTheFilesFirstOrders() {
		List<OrderRow> all = new ArrayList<>();
		new OrderCsvGenerator(42).generate(1_000, all::add);

		assertThat(OrderCsvGenerator.firstRows(42, 1_000, 10)).containsExactlyElementsOf(all.subList(0, 10));
	}

	@Test
	void quotesOnlyCellsThatNeedIt() {
		assertThat(OrderCsvGenerator.quoted("法人割引適用")).isEqualTo("法人割引適用");
		assertThat(OrderCsvGenerator.quoted("a, b")).isEqualTo("\"a, b\"");
		assertThat(OrderCsvGenerator.quoted("型番 \"A-100\"")).isEqualTo("\"型番 \"\"A-100\"\"\"");
		assertThat(OrderCsvGenerator.quoted("1\n2")).isEqualTo("\"1\n2\"");
	}

	private static final String PINNED_SHA256 = "a91448e9f5d50c9d853e539a03c9ab47aa86a91b99432fbac3b74b9f008a92f8";

	private static final int PINNED_VALID_ROWS = 979;

}
