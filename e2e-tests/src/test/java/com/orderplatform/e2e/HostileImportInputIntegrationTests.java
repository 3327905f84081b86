package com.orderplatform.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.orderplatform.order.api.ImportErrorPage;
import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile and broken files uploaded to the real order service (dry runs, so nothing is
 * created): each gets a clear 4xx problem with its code, or a job that ends with per-row
 * errors or a clear failure; never a 500, a job that hangs or a service that stops
 * answering.
 */
class HostileImportInputIntegrationTests {

	private static final String HEADER = "customer_email,customer_name,product_name,quantity,unit_price,currency,notes\r\n";

	private static final String ROW = "tanaka@example.co.jp,田中太郎,ノートPC,2,89800,JPY,";

	private static Platform platform;

	private static ApiClient admin;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		admin = new ApiClient().login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
	}

	@Test
	void randomBytesAreRefusedAsNotText() {
		byte[] bytes = new byte[64 * 1024];
		new Random(20261124).nextBytes(bytes);

		assertRefused(upload("random.csv", bytes), 422, "NOT_TEXT");
	}

	@Test
	void nulBytesInsideOtherwiseValidTextAreRefused() {
		byte[] bytes = (HEADER + ROW + "\r\n" + ROW.replace("田中", "田\0中") + "\r\n").getBytes(StandardCharsets.UTF_8);

		assertRefused(upload("nul.csv", bytes), 422, "NOT_TEXT");
	}

	@Test
	void utf16IsRefusedAsAnUnreadableEncoding() {
		byte[] bytes = (HEADER + ROW + "\r\n").getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[bytes.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(bytes, 0, withBom, 2, bytes.length);

		assertRefused(upload("utf16.csv", withBom), 422, "UNREADABLE_ENCODING");
	}

	@Test
	void aZipArchiveRenamedToCsvIsRefused() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("orders.csv"));
			out.write((HEADER + ROW + "\r\n").getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}

		assertRefused(upload("orders.csv", zip.toByteArray()), 422, "NOT_A_WORKBOOK");
	}

	@Test
	void aWorkbookZipBombIsRefusedBeforeItIsRead() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bomb)) {
			out.putNextEntry(new ZipEntry("xl/workbook.xml"));
			out.write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
				.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			byte[] strings = "<si><t>x</t></si>".repeat(65_536).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 64; i++) {
				out.write(strings);
			}
			out.closeEntry();
		}
		assertThat(bomb.size()).as("a small upload that inflates to 68 MB").isLessThan(1024 * 1024);

		assertRefused(upload("orders.xlsx", bomb.toByteArray()), 422, "WORKBOOK_TOO_LARGE");
	}

	@Test
	void anOldBinaryXlsWorkbookIsRefusedWithTheReason() {
		byte[] xls = new byte[4096];
		System.arraycopy(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				0, xls, 0, 8);

		assertRefused(upload("orders.xls", xls), 422, "XLS_WORKBOOK");
	}

	@Test
	void mixedEncodingsInOneFileAreRefusedNamingTheLine() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((HEADER + ROW + "\r\n").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes((ROW.replace("田中太郎", "髙橋一郎") + "\r\n").getBytes(Charset.forName("windows-31j")));

		ApiClient.Response response = upload("mixed.csv", bytes.toByteArray());

		assertRefused(response, 422, "UNREADABLE_ENCODING");
		assertThat(response.json().get("detail").asString()).contains("3");
	}

	@Test
	void aTruncatedFileReportsItsCutRowAndKeepsTheOthers() {
		String whole = HEADER + (ROW + "\r\n").repeat(99) + ROW;
		byte[] cut = whole.substring(0, whole.length() - ",89800,JPY,".length()).getBytes(StandardCharsets.UTF_8);

		ImportJobView job = awaitFinished(accepted(upload("truncated.csv", cut)));

		assertThat(job.status()).isEqualTo(ImportJobStatus.VALIDATED);
		assertThat(job.totalRows()).isEqualTo(100);
		assertThat(job.successRows()).isEqualTo(99);
		assertThat(job.failedRows()).isEqualTo(1);
		assertThat(errors(job.id())).extracting(ImportErrorView::rowNumber, ImportErrorView::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(101, "UNIT_PRICE_REQUIRED"));
	}

	@Test
	void anUnclosedQuoteAtTheEndFailsTheJobNamingTheRow() {
		byte[] bytes = (HEADER + (ROW + "\r\n").repeat(20) + ROW + "\"never closed\r\n")
			.getBytes(StandardCharsets.UTF_8);

		ApiClient.Response response = upload("unclosed.csv", bytes);

		ImportJobView job = awaitFinished(accepted(response));
		assertThat(job.status()).isEqualTo(ImportJobStatus.FAILED);
		assertThat(job.errorCode()).isEqualTo("MALFORMED_CSV");
		assertThat(job.error()).contains("22");
	}

	@Test
	void aTenMegabyteFieldIsAPerRowErrorNotACrash() {
		String huge = "x".repeat(10 * 1024 * 1024);
		byte[] bytes = (HEADER + ROW + "\r\n" + ROW + huge + "\r\n" + ROW + "\r\n").getBytes(StandardCharsets.UTF_8);

		ImportJobView job = awaitFinished(accepted(upload("huge-field.csv", bytes)));

		assertThat(job.status()).isEqualTo(ImportJobStatus.VALIDATED);
		assertThat(job.totalRows()).isEqualTo(3);
		assertThat(job.successRows()).isEqualTo(2);
		assertThat(errors(job.id()))
			.extracting(ImportErrorView::rowNumber, ImportErrorView::column, ImportErrorView::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "notes", "NOTES_TOO_LONG"));
		assertHealthy();
	}

	@Test
	void tenThousandColumnsAreReadWithTheUnknownOnesIgnored() {
		StringBuilder header = new StringBuilder(HEADER.strip());
		StringBuilder row = new StringBuilder(ROW);
		for (int i = 0; i < 10_000 - 7; i++) {
			header.append(",extra_").append(i);
			row.append(",v").append(i);
		}
		byte[] bytes = (header + "\r\n" + row + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);

		ImportJobView job = awaitFinished(accepted(upload("wide.csv", bytes)));

		assertThat(job.status()).isEqualTo(ImportJobStatus.VALIDATED);
		assertThat(job.totalRows()).isEqualTo(2);
		assertThat(job.successRows()).isEqualTo(2);
		assertThat(job.warnings()).isNotEmpty();
	}

	@Test
	void aFilenameWithPathTraversalIsStoredAsItsLastSegmentOnly() {
		Path outside = platform.dataDir.getParent().resolve("x.csv");
		byte[] bytes = (HEADER + ROW.replace("田中", "中田") + "\r\n").getBytes(StandardCharsets.UTF_8);

		ImportJobView job = awaitFinished(accepted(upload("../../x.csv", bytes)));

		assertThat(job.filename()).isEqualTo("x.csv");
		assertThat(job.status()).isEqualTo(ImportJobStatus.VALIDATED);
		assertThat(outside).doesNotExist();
	}

	@Test
	void aFilenameWithControlCharactersIsStoredWithoutThem() {
		byte[] bytes = (HEADER + ROW.replace("田中", "中川") + "\r\n").getBytes(StandardCharsets.UTF_8);

		ImportJobView job = awaitFinished(accepted(upload("evil\u0007\u001b[31mred\t.csv", bytes)));

		assertThat(job.status()).isEqualTo(ImportJobStatus.VALIDATED);
		assertThat(job.filename()).isEqualTo("evil[31mred.csv");
	}

	@Test
	void aFilenameWithANulByteIsABadRequestNotAServerError() {
		byte[] bytes = (HEADER + ROW.replace("田中", "中野") + "\r\n").getBytes(StandardCharsets.UTF_8);

		ApiClient.Response response = upload("evil\u0000.csv", bytes);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("field").asString()).isEqualTo("file");
		assertThat(response.body()).doesNotContain("\\u0000");
		assertHealthy();
	}

	@Test
	void anOversizeUploadIsAnsweredBeforeTheWholeBodyIsSent() throws Exception {
		long bodySize = 200L * 1024 * 1024;
		AtomicLong sent = new AtomicLong();
		try (Socket socket = new Socket(platform.order.baseUri().getHost(), platform.order.baseUri().getPort())) {
			socket.setSoTimeout(120_000);
			Thread writer = Thread.ofVirtual().start(() -> streamBody(socket, bodySize, sent));
			String statusLine = readStatusLine(socket.getInputStream());
			long sentWhenAnswered = sent.get();
			writer.interrupt();

			assertThat(statusLine).startsWith("HTTP/1.1 413");
			assertThat(sentWhenAnswered).isLessThan(bodySize / 2);
		}
		try (var stored = Files.list(platform.dataDir.resolve("imports"))) {
			assertThat(stored.filter(file -> file.toFile().length() > 50L * 1024 * 1024)).isEmpty();
		}
		assertHealthy();
	}

	private void streamBody(Socket socket, long size, AtomicLong sent) {
		String boundary = "oms-oversize";
		String head = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n";
		try {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin.token()
					+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + size
					+ "\r\n\r\n" + head)
				.getBytes(StandardCharsets.UTF_8));
			byte[] block = (ROW + "\r\n").repeat(1024).getBytes(StandardCharsets.UTF_8);
			long written = head.length();
			while (written + block.length < size && !Thread.currentThread().isInterrupted()) {
				out.write(block);
				written += block.length;
				sent.set(written);
			}
		}
		catch (IOException ex) {
			// The server answered and closed the connection: what the test expects.
		}
	}

	private static String readStatusLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != -1 && c != '\n') {
			line.append((char) c);
		}
		return line.toString().strip();
	}

	private static ApiClient.Response upload(String filename, byte[] bytes) {
		ApiClient.Response response = admin.postFile(platform.order.baseUri(), "/api/v1/imports",
				Map.of("dry_run", "true", "force", "true"), filename, bytes);
		assertThat(response.status()).as(response.body()).isNotEqualTo(500);
		return response;
	}

	private static void assertRefused(ApiClient.Response response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.json().get("code").asString()).isEqualTo(code);
		assertThat(response.json().get("detail").asString()).isNotBlank();
		assertHealthy();
	}

	private static String accepted(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.as(ImportJobView.class).id();
	}

	private static ImportJobView awaitFinished(String id) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> admin.get(platform.order.baseUri(), "/api/v1/imports/" + id).as(ImportJobView.class),
					view -> view.status().finished());
	}

	private static java.util.List<ImportErrorView> errors(String id) {
		return admin.get(platform.order.baseUri(), "/api/v1/imports/" + id + "/errors")
			.as(ImportErrorPage.class)
			.items();
	}

	private static void assertHealthy() {
		assertThat(admin.get(platform.order.baseUri(), "/readyz").status()).isEqualTo(200);
	}

}
