package com.orderplatform.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Deterministic Japanese corporate-order CSV files, the shape of
 * {@code shared/tools/gen_orders.py} (UTF-8 without BOM, CRLF records, about 3% of orders
 * above the 1,000,000 JPY payment limit, notes with commas, quotes and line feeds) but
 * written in Java so the benchmark needs nothing but a JDK.
 * <p>
 * {@link Random} is used on purpose: its algorithm is specified by the JDK, so the same
 * seed gives the same bytes on every JDK.
 */
public final class OrderCsvGenerator {

	/** The header the import reads (spec section 4.7, English names). */
	static final String HEADER = "customer_email,customer_name,product_name,quantity,unit_price,currency,notes";

	private static final double OVER_LIMIT_RATE = 0.03;

	private static final String[][] FAMILY_NAMES = { { "佐藤", "sato" }, { "鈴木", "suzuki" }, { "高橋", "takahashi" },
			{ "田中", "tanaka" }, { "伊藤", "ito" }, { "渡辺", "watanabe" }, { "山本", "yamamoto" }, { "中村", "nakamura" },
			{ "小林", "kobayashi" }, { "加藤", "kato" }, { "吉田", "yoshida" }, { "山田", "yamada" }, { "佐々木", "sasaki" },
			{ "松本", "matsumoto" }, { "井上", "inoue" }, { "木村", "kimura" }, { "林", "hayashi" }, { "清水", "shimizu" },
			{ "山崎", "yamazaki" }, { "森", "mori" }, { "池田", "ikeda" }, { "橋本", "hashimoto" }, { "髙橋", "takahashi" },
			{ "山﨑", "yamazaki" } };

	private static final String[][] GIVEN_NAMES = { { "太郎", "taro" }, { "一郎", "ichiro" }, { "健太", "kenta" },
			{ "翔太", "shota" }, { "大輔", "daisuke" }, { "直樹", "naoki" }, { "誠", "makoto" }, { "花子", "hanako" },
			{ "美咲", "misaki" }, { "陽子", "yoko" }, { "由美", "yumi" }, { "結衣", "yui" }, { "さくら", "sakura" },
			{ "葵", "aoi" }, { "陽菜", "hina" }, { "聡", "satoshi" } };

	private static final String[] COMPANIES = { "sakura-shoji", "fuji-denki", "aozora-kensetsu", "minato-logistics",
			"hikari-soft", "yamato-foods", "kaede-trading", "tsubasa-it", "midori-pharma", "kaze-design" };

	private static final String[] DOMAINS = { ".example.co.jp", ".example.co.jp", ".example.jp", ".example.com" };

	private static final String[] PRODUCTS = { "ノートPC", "ノートPC 14インチ 軽量モデル", "デスクトップPC", "ワークステーション", "タブレット",
			"液晶ディスプレイ 24インチ", "4Kモニター 27インチ", "ワイヤレスマウス", "有線キーボード", "USBメモリ 64GB", "外付けSSD 1TB", "NAS 4ベイ", "ラックサーバー",
			"ネットワークスイッチ 24ポート", "レーザープリンター", "A3カラー複合機", "トナーカートリッジ", "コピー用紙 A4 500枚", "ボールペン 10本入", "付箋", "シュレッダー",
			"オフィスチェア", "会議テーブル", "プロジェクター", "Webカメラ", "ヘッドセット", "電卓", "名刺 100枚", "LANケーブル 5m", "防災備蓄セット" };

	private static final long[] PRICES = { 89800, 128000, 98000, 420000, 54800, 19800, 49800, 2980, 1980, 1280, 14800,
			68000, 480000, 38000, 39800, 360000, 8900, 580, 980, 380, 24800, 32800, 88000, 79800, 6980, 8980, 1480,
			1100, 780, 8800 };

	private static final String[] NOTES_PLAIN = { "法人割引適用", "請求書払い", "納品書同梱", "午前中配達希望", "至急対応お願いします",
			"見積番号 Q-2024-0153 参照", "担当: 総務部 佐藤", "検収後に支払い" };

	private static final String[] NOTES_SPECIAL = { "法人割引適用, 請求書払い", "3階受付にて受取, 不在時は総務部へ", "件名に \"至急\" と記載してください",
			"型番 \"A-100\" 指定", "1回目納品: 4月\n2回目納品: 5月", "配送先:\n東京都千代田区丸の内1-1-1\n総務部 宛", "コメント: \"至急\", 午前着\n担当 鈴木" };

	private final Random random;

	private final List<String[]> customers = new ArrayList<>();

	/**
	 * A generator whose output depends only on the seed and the row count.
	 * @param seed the seed
	 */
	public OrderCsvGenerator(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Generates rows one by one.
	 * @param rows how many rows
	 * @param sink receives each row in order
	 */
	public void generate(int rows, Consumer<OrderRow> sink) {
		makeCustomers(Math.max(1, Math.min(rows, rows / 8 + 10)));
		for (int i = 0; i < rows; i++) {
			sink.accept(nextRow());
		}
	}

	/**
	 * Writes a file of generated rows (UTF-8 without BOM, CRLF).
	 * @param seed the seed
	 * @param rows how many data rows
	 * @param file the file to write
	 * @return what was written
	 */
	public static GeneratedFile write(long seed, int rows, Path file) {
		int[] valid = new int[1];
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write(HEADER);
			out.write("\r\n");
			new OrderCsvGenerator(seed).generate(rows, (row) -> {
				if (row.valid()) {
					valid[0]++;
				}
				writeRow(out, row);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		return new GeneratedFile(file, rows, valid[0], sizeOf(file), sha256(file));
	}

	/**
	 * The first rows a generator with this seed yields (the same orders as the file's
	 * first rows).
	 * @param seed the seed
	 * @param totalRows the row count the file was generated with (it sizes the customer
	 * pool)
	 * @param count how many rows to return
	 * @return the rows
	 */
	public static List<OrderRow> firstRows(long seed, int totalRows, int count) {
		List<OrderRow> rows = new ArrayList<>(count);
		new OrderCsvGenerator(seed).generate(totalRows, (row) -> {
			if (rows.size() < count) {
				rows.add(row);
			}
		});
		return rows;
	}

	private void makeCustomers(int count) {
		for (int i = 0; i < count; i++) {
			String[] family = pick(FAMILY_NAMES);
			String[] given = pick(GIVEN_NAMES);
			String separator = chance(0.05) ? "\u3000" : "";
			String local = switch (below(3)) {
				case 0 -> given[1] + "." + family[1];
				case 1 -> family[1] + "_" + given[1];
				default -> family[1] + String.format("%02d", 1 + below(99));
			};
			String email = local + i + "@" + pick(COMPANIES) + pick(DOMAINS);
			this.customers.add(new String[] { email, family[0] + separator + given[0] });
		}
	}

	private OrderRow nextRow() {
		// Skewed toward the first customers: a few big accounts order often.
		double r = this.random.nextDouble();
		String[] customer = this.customers.get((int) (this.customers.size() * r * r));
		int product = below(PRODUCTS.length);
		long price = Math.max(100, Math.round(PRICES[product] * (0.9 + 0.2 * this.random.nextDouble()) / 10) * 10);
		int quantity;
		if (chance(OVER_LIMIT_RATE)) {
			quantity = (int) (OrderRow.MAX_TOTAL / price) + 1 + below(5);
		}
		else {
			int wanted = quantity();
			quantity = (int) Math.max(1, Math.min(wanted, OrderRow.MAX_TOTAL / price));
		}
		return new OrderRow(customer[0], customer[1], PRODUCTS[product], quantity, price, note());
	}

	private int quantity() {
		double r = this.random.nextDouble();
		if (r < 0.60) {
			return 1 + below(5);
		}
		if (r < 0.85) {
			return 6 + below(15);
		}
		return 21 + below(30);
	}

	private String note() {
		double r = this.random.nextDouble();
		if (r < 0.35) {
			return "";
		}
		return (r < 0.85) ? pick(NOTES_PLAIN) : pick(NOTES_SPECIAL);
	}

	private int below(int bound) {
		return this.random.nextInt(bound);
	}

	private boolean chance(double p) {
		return this.random.nextDouble() < p;
	}

	private <T> T pick(T[] values) {
		return values[below(values.length)];
	}

	private static void writeRow(Writer out, OrderRow row) {
		try {
			out.write(row.customerEmail());
			out.write(',');
			out.write(quoted(row.customerName()));
			out.write(',');
			out.write(quoted(row.productName()));
			out.write(',');
			out.write(Integer.toString(row.quantity()));
			out.write(',');
			out.write(Long.toString(row.unitPrice()));
			out.write(",JPY,");
			out.write(quoted(row.notes()));
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** RFC 4180: quote a cell holding a comma, quote or line break; double its quotes. */
	static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(Path file) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A generated file.
	 *
	 * @param path where it is
	 * @param rows its data rows
	 * @param validRows the rows the import accepts (the rest are above the payment limit)
	 * @param bytes its size
	 * @param sha256 its SHA-256, hex
	 */
	public record GeneratedFile(Path path, int rows, int validRows, long bytes, String sha256) {
	}

}
