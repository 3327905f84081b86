package com.orderplatform.order.order.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.csv.FormulaPieces;
import com.orderplatform.order.order.NewOrder;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link OrderExport} writes, on each database the service supports, with pages of 3
 * orders so every export crosses pages: one row per item in {@code (created_at, id)}
 * order, ties on the instant included, each filter of the list, nothing placed after the
 * export started, Excel's encodings and formula cells neutralised. Orders are told apart
 * by batch ids and emails, since a database serves all tests of its class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@TestPropertySource(properties = "oms.orders.export-page-size=3")
abstract class OrderExportContract {

	private static final Instant AT = Instant.parse("2026-03-01T05:07:05Z");

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	private OrderRepository repository;

	@Autowired
	private OrderExport export;

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) throws IOException {
		TestSecurity.register(registry, Files.createTempDirectory("oms-order-export-"));
	}

	@Test
	void writesOneRowPerItemOldestFirstAcrossPagesAndTies() throws IOException {
		String batch = "batch-" + UUID.randomUUID();
		long[] ids = new long[7];
		for (int i = 0; i < 7; i++) {
			// three orders share each instant: the keyset must not skip or repeat one
			ids[i] = this.repository.insert(order(batch, "buyer" + i + "@example.co.jp", i), AT.plusSeconds(i / 3));
		}

		List<String> lines = lines(OrderFilter.of(null, null, batch, null, null), "utf-8", "en");

		assertThat(lines.get(0)).isEqualTo("order_id,created_at,status,status_reason,customer_email,customer_name,"
				+ "total_amount,currency,batch_id,product_name,quantity,unit_price,subtotal,notes");
		assertThat(lines).hasSize(1 + 7 + 4);
		assertThat(lines.get(1)).isEqualTo(ids[0] + ",2026-03-01 14:07:05,pending,,buyer0@example.co.jp,田中太郎,"
				+ "183100,JPY," + batch + ",ノートPC,2,89800,179600,法人割引適用");
		assertThat(lines.get(2)).isEqualTo(ids[0] + ",2026-03-01 14:07:05,pending,,buyer0@example.co.jp,田中太郎,"
				+ "183100,JPY," + batch + ",マウス,1,3500,3500,");
		assertThat(lines.subList(1, lines.size()).stream().map(line -> Long.parseLong(line.split(",")[0])).toList())
			.containsExactly(ids[0], ids[0], ids[1], ids[2], ids[2], ids[3], ids[4], ids[4], ids[5], ids[6], ids[6]);
		assertThat(lines.get(lines.size() - 1)).startsWith(ids[6] + ",2026-03-01 14:07:07,");
	}

	@Test
	void exportsExactlyWhatEachFilterOfTheListMatches() throws IOException {
		String batch = "batch-" + UUID.randomUUID();
		String email = "filter-" + UUID.randomUUID() + "@example.co.jp";
		long early = this.repository.insert(order(batch, email, 1), AT);
		long cancelled = OrderMother
			.stored(this.repository, order(batch, "other-" + email, 1), OrderState.CANCELLED,
					AT.plus(Duration.ofHours(1)))
			.id();
		long late = this.repository.insert(order(batch, email, 1), AT.plus(Duration.ofHours(2)));

		assertThat(orderIds(OrderFilter.of(OrderStatus.CANCELLED, null, batch, null, null))).containsExactly(cancelled);
		assertThat(orderIds(OrderFilter.of(null, email, null, null, null))).containsExactly(early, late);
		assertThat(orderIds(OrderFilter.of(null, null, batch, AT.plus(Duration.ofHours(1)), null)))
			.containsExactly(cancelled, late);
		assertThat(orderIds(OrderFilter.of(OrderStatus.PENDING, email, batch, AT, AT.plus(Duration.ofHours(2)))))
			.containsExactly(early);
		assertThat(lines(OrderFilter.of(null, "nobody-" + email, null, null, null), "utf-8", "en")).hasSize(1);
	}

	@Test
	void leavesOutOrdersPlacedAfterTheExportStarted() throws IOException {
		String batch = "batch-" + UUID.randomUUID();
		long placed = this.repository.insert(order(batch, "now@example.co.jp", 1), Instant.now().minusSeconds(1));
		this.repository.insert(order(batch, "later@example.co.jp", 1), Instant.now().plus(Duration.ofDays(1)));

		assertThat(orderIds(OrderFilter.of(null, null, batch, null, null))).containsExactly(placed);
	}

	@Test
	void writesWindows31jWithJapaneseHeadersAndCharactersItCannotHoldAsQuestionMarks() throws IOException {
		long id = this.repository.insert(NewOrder.single("takahashi@example.co.jp", "髙橋﨑子", "JPY",
				List.of(OrderItem.of("①番ラック", 2, new BigDecimal("12000"), "㈱髙橋商事 宛 🚚"))), AT);

		byte[] bytes = bytes(OrderFilter.of(null, "takahashi@example.co.jp", null, AT, AT.plusSeconds(1)),
				"windows-31j", "ja");

		assertThat(Arrays.copyOf(bytes, 3)).isNotEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		assertThat(new String(bytes, Charset.forName("windows-31j")))
			.isEqualTo("注文ID,注文日時,ステータス,ステータス理由,メールアドレス,顧客名,注文合計,通貨,バッチID,商品名,数量,単価,小計,備考\r\n" + id
					+ ",2026-03-01 14:07:05,pending,,takahashi@example.co.jp,髙橋﨑子,24000,JPY,,①番ラック,2,12000,24000,㈱髙橋商事 宛 ?\r\n");
	}

	@Test
	void startsUtf8WithAByteOrderMarkAndNeutralisesFormulaCellsForAnyDelimiter() throws IOException {
		String email = "attacker-" + UUID.randomUUID() + "@example.co.jp";
		this.repository.insert(NewOrder.single(email, "=HYPERLINK(\"http://evil.example/\")", "JPY",
				List.of(OrderItem.of("@SUM(A1)", 1, new BigDecimal("100"), "a;-1\n=cmd|' /C calc'!A0"))), AT);

		byte[] bytes = bytes(OrderFilter.of(null, email, null, null, null), "utf-8", "en");

		assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(FormulaPieces.inFile(text)).isEmpty();
		assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\")\",")
			.contains(",'@SUM(A1),")
			.endsWith(",\"a;'-1\n'=cmd|' /C calc'!A0\"\r\n");
	}

	private List<Long> orderIds(OrderFilter filter) throws IOException {
		return lines(filter, "utf-8", "en").stream()
			.skip(1)
			.map(line -> Long.parseLong(line.split(",")[0]))
			.distinct()
			.toList();
	}

	private List<String> lines(OrderFilter filter, String encoding, String lang) throws IOException {
		byte[] bytes = bytes(filter, encoding, lang);
		return List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
	}

	private byte[] bytes(OrderFilter filter, String encoding, String lang) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(filter, ExportFormat.parse(encoding, lang, TOKYO), out);
		return out.toByteArray();
	}

	/** Every second order has a second item, and the first carries notes. */
	private static NewOrder order(String batch, String email, int index) {
		List<OrderItem> items = (index % 2 == 0)
				? List.of(OrderItem.of("ノートPC", 2, new BigDecimal("89800"), "法人割引適用"),
						OrderItem.of("マウス", 1, new BigDecimal("3500")))
				: List.of(OrderItem.of("ノートPC", 2, new BigDecimal("89800"), "法人割引適用"));
		return new NewOrder(email, "田中太郎", "JPY", batch, null, items);
	}

}
