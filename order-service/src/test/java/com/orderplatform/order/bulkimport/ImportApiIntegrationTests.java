package com.orderplatform.order.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.orderplatform.order.api.ImportErrorPage;
import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.api.ImportJobPage;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.csv.TemplateCsv;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import API on the real service: upload, validation with exact counts, row numbers
 * and errors, errors.csv in the upload's bytes, file-level refusals, idempotency and
 * duplicate files, max_errors, the template, and who may import.
 */
class ImportApiIntegrationTests extends ImportIntegrationTestSupport {

	private static final byte[] ORDER_REFS = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));

	@Test
	void validatesADryRunWithExactCountsRowNumbersAndErrors() {
		EntityExchangeResult<ImportJobView> result = upload("order-refs.csv", ORDER_REFS, "dry_run", "true", "force",
				"true")
			.expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult();
		ImportJobView queued = result.getResponseBody();
		assertThat(result.getResponseHeaders().getLocation()).hasPath("/api/v1/imports/" + queued.id());
		assertThat(queued.createdBy()).isEqualTo("test-admin");
		assertThat(queued.dryRun()).isTrue();
		assertThat(queued.notifyMode()).isEqualTo("per_order");
		assertThat(queued.errorPolicy()).isEqualTo("import_valid");

		ImportJobView job = awaitStatus(queued.id(), ImportJobStatus.VALIDATED);

		assertThat(job.totalRows()).isEqualTo(9);
		assertThat(job.processedRows()).isEqualTo(9);
		assertThat(job.failedRows()).isEqualTo(3);
		assertThat(job.successRows()).isEqualTo(6);
		assertThat(job.orderCount()).isEqualTo(5);
		assertThat(job.failedOrderCount()).isEqualTo(1);
		assertThat(job.encoding()).isEqualTo("UTF-8");
		assertThat(job.delimiter()).isEqualTo(",");
		assertThat(job.progress()).isEqualTo(1.0);
		assertThat(job.queuePosition()).isNull();
		assertThat(job.phase()).isNull();
		assertThat(job.error()).isNull();
		assertThat(job.startedAt()).isNotNull();
		assertThat(job.finishedAt()).isNotNull();
		assertThat(job.sha256()).hasSize(64);
		ImportErrorPage errors = errors(job.id(), 0, 100);
		assertThat(errors.total()).isEqualTo(3);
		assertThat(errors.items())
			.extracting(ImportErrorView::rowNumber, ImportErrorView::column, ImportErrorView::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, null, "ORDER_HAS_INVALID_ROW"),
					org.assertj.core.groups.Tuple.tuple(6, "quantity", "QUANTITY_BELOW_ONE"),
					org.assertj.core.groups.Tuple.tuple(8, null, "ORDER_HAS_INVALID_ROW"));
		assertThat(errors.items().get(0).message()).contains("row 6");
		ImportErrorPage second = errors(job.id(), 1, 1);
		assertThat(second.items()).extracting(ImportErrorView::rowNumber).containsExactly(6);
		assertThat(second.total()).isEqualTo(3);
		assertThat(second.skip()).isEqualTo(1);
		assertThat(second.limit()).isEqualTo(1);
	}

	@Test
	void validatesAWindows31jFileAndWritesItsFailedRowsBackInTheSameBytes() {
		String header = "メールアドレス,顧客名,商品名,数量,単価,通貨,備考";
		String good = "takahashi@example.co.jp,髙橋﨑子,①番ノート,2,1500,JPY,㈱テスト";
		String bad = "sato@example.co.jp,佐藤一郎,②番ペン,二,300,JPY,㈱テスト";
		byte[] file = CsvFixtures.bytes(CsvFixtures.CP932, false, CsvFixtures.CRLF, header, good, bad);

		ImportJobView job = awaitStatus(dryRun("blank-" + UUID.randomUUID() + ".csv", file).id(),
				ImportJobStatus.VALIDATED);

		assertThat(job.encoding()).isEqualTo("Windows-31J (Shift_JIS)");
		assertThat(job.totalRows()).isEqualTo(2);
		assertThat(job.failedRows()).isEqualTo(1);
		assertThat(job.orderCount()).isEqualTo(2);
		assertThat(job.failedOrderCount()).isEqualTo(1);
		ImportErrorView error = errors(job.id(), 0, 10).items().get(0);
		assertThat(error.rowNumber()).isEqualTo(3);
		assertThat(error.code()).isEqualTo("QUANTITY_NOT_WHOLE_NUMBER");
		EntityExchangeResult<byte[]> csv = this.http.get()
			.uri("/api/v1/imports/{id}/errors.csv", job.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
		byte[] expected = CsvFixtures.bytes(CsvFixtures.CP932, false, CsvFixtures.CRLF,
				"row_number,error_code,error_message," + header,
				"3,QUANTITY_NOT_WHOLE_NUMBER," + quoted(error.message()) + "," + bad);
		assertThat(csv.getResponseBody()).isEqualTo(expected);
		assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("-errors.csv");
		assertThat(csv.getResponseHeaders().getContentType().getCharset()).isEqualTo(CsvFixtures.CP932);
	}

	@Test
	void readsTheSpecSampleInWindows31j() {
		byte[] file = CsvFixtures.read(CsvFixtures.resource("spec-sample.cp932.csv"));

		ImportJobView job = awaitStatus(dryRun("spec-sample.cp932.csv", file).id(), ImportJobStatus.VALIDATED);

		assertThat(job.encoding()).isEqualTo("Windows-31J (Shift_JIS)");
		assertThat(job.totalRows()).isEqualTo(5);
		assertThat(job.successRows()).isEqualTo(5);
		assertThat(job.failedRows()).isZero();
		assertThat(job.orderCount()).isEqualTo(5);
		assertThat(job.failedOrderCount()).isZero();
		assertThat(errors(job.id(), 0, 10).total()).isZero();
	}

	@Test
	void refusesFilesThatAreWrongAsAWholeWithoutCreatingAJob() throws IOException {
		long jobs = jobCount();
		long stored = storedFiles();
		byte[] tooLarge = new byte[300 * 1024];
		java.util.Arrays.fill(tooLarge, (byte) 'a');
		Stream.of(new Refusal("empty.csv", new byte[0], 422, "EMPTY_FILE"),
				// Foreign headers wait for a mapping (ImportMappingIntegrationTests), but
				// not without a data row.
				new Refusal("foreign-header-only.csv", utf8("E-mail,お客様名,品名"), 422, "NO_DATA_ROWS"),
				new Refusal("book.xlsx", new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0 }, 422, "UNREADABLE_WORKBOOK"),
				new Refusal("header-only.csv", utf8(CsvFixtures.HEADER), 422, "NO_DATA_ROWS"),
				new Refusal("huge.csv", tooLarge, 413, "FILE_TOO_LARGE"))
			.forEach(refusal -> upload(refusal.name(), refusal.content(), "dry_run", "true").expectStatus()
				.isEqualTo(refusal.status())
				.expectHeader()
				.contentTypeCompatibleWith("application/problem+json")
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo(refusal.code()));

		upload("latin.csv", ORDER_REFS, "dry_run", "true", "encoding", "ISO-8859-1").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UNSUPPORTED_ENCODING")
			.jsonPath("$.field")
			.isEqualTo("encoding");
		assertThat(jobCount()).isEqualTo(jobs);
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void refusesInvalidOptionsNamingTheField() {
		long jobs = jobCount();

		upload("order-refs.csv", ORDER_REFS, "dry_run", "true", "notify", "fax").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("notify");
		upload("order-refs.csv", ORDER_REFS, "dry_run", "true", "error_policy", "some").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("error_policy");
		upload("order-refs.csv", ORDER_REFS, "dry_run", "true", "max_errors", "150%").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("max_errors");
		assertThat(jobCount()).isEqualTo(jobs);
	}

	@Test
	void failsAJobWhoseFileHasMoreRowsThanTheLimitOrBrokenQuoting() {
		String[] rows = new String[MAX_ROWS + 2];
		rows[0] = CsvFixtures.HEADER;
		for (int i = 1; i < rows.length; i++) {
			rows[i] = "row" + i + "@example.com,山田,付箋,1,380,JPY,";
		}
		ImportJobView tooMany = awaitStatus(dryRun("many.csv", utf8(rows)).id(), ImportJobStatus.FAILED);
		ImportJobView broken = awaitStatus(dryRun("broken.csv",
				utf8(CsvFixtures.HEADER, "a@example.com,山田,付箋,1,380,JPY,", "b@example.com,\"山田\"x,付箋,1,380,JPY,"))
			.id(), ImportJobStatus.FAILED);

		assertThat(tooMany.errorCode()).isEqualTo("TOO_MANY_ROWS");
		assertThat(tooMany.error()).contains("50");
		assertThat(broken.errorCode()).isEqualTo("MALFORMED_CSV");
		assertThat(broken.error()).contains("row 3");
		assertThat(errors(broken.id(), 0, 10).total()).isZero();
	}

	@Test
	void failsAJobWithMoreFailedRowsThanMaxErrors() {
		ImportJobView byCount = awaitStatus(dryRun("order-refs.csv", ORDER_REFS, "max_errors", "2").id(),
				ImportJobStatus.FAILED);
		ImportJobView byShare = awaitStatus(dryRun("order-refs.csv", ORDER_REFS, "max_errors", "34%").id(),
				ImportJobStatus.VALIDATED);
		ImportJobView bySmallerShare = awaitStatus(dryRun("order-refs.csv", ORDER_REFS, "max_errors", "33%").id(),
				ImportJobStatus.FAILED);

		assertThat(byCount.errorCode()).isEqualTo("MAX_ERRORS_EXCEEDED");
		assertThat(byCount.error()).startsWith("3 of 9 rows failed validation, more than max_errors 2 allows");
		assertThat(byCount.failedRows()).isEqualTo(3);
		assertThat(errors(byCount.id(), 0, 10).total()).isEqualTo(3);
		assertThat(byShare.maxErrors()).isEqualTo("34%");
		assertThat(bySmallerShare.errorCode()).isEqualTo("MAX_ERRORS_EXCEEDED");
	}

	@Test
	void answersTheSameJobForARepeatedIdempotencyKeyAndRefusesItForAnotherFile() {
		String key = UUID.randomUUID().toString();
		byte[] file = uniqueFile();

		ImportJobView first = upload(this.http, key, "a.csv", file, "dry_run", "true").expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		ImportJobView again = upload(this.http, key, "a.csv", file, "dry_run", "true", "force", "true").expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		long jobs = jobCount();
		upload(this.http, key, "b.csv", uniqueFile(), "dry_run", "true").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains(first.id()));

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(jobCount()).isEqualTo(jobs);
	}

	@Test
	void answersTheJobOfTheSameFileUnlessForced() {
		byte[] file = uniqueFile();
		ImportJobView first = upload("same.csv", file, "dry_run", "true").expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		awaitStatus(first.id(), ImportJobStatus.VALIDATED);

		ImportJobView same = upload("renamed.csv", file, "dry_run", "true").expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		ImportJobView forced = upload("same.csv", file, "dry_run", "true", "force", "true").expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();

		assertThat(same.id()).isEqualTo(first.id());
		assertThat(forced.id()).isNotEqualTo(first.id());
		assertThat(forced.sha256()).isEqualTo(first.sha256());
		ImportJobPage page = this.http.get()
			.uri("/api/v1/imports?skip=0&limit=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportJobPage.class)
			.returnResult()
			.getResponseBody();
		assertThat(page.items()).extracting(ImportJobView::id).containsExactly(forced.id(), first.id());
		assertThat(page.limit()).isEqualTo(2);
	}

	@Test
	void servesTheTemplateInBothLanguages() {
		byte[] english = this.http.get()
			.uri("/api/v1/imports/template.csv?lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"order-import-template-en.csv\"")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		try {
			TemplateCsv.write(expected, TemplateCsv.Language.EN);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}

		assertThat(english).isEqualTo(expected.toByteArray());
		assertThat(new String(english, StandardCharsets.UTF_8)).startsWith("\uFEFFcustomer_email,");
		this.http.get().uri("/api/v1/imports/template.csv?lang=fr").exchange().expectStatus().isBadRequest();
	}

	@Test
	void letsOnlyAdminsImport() {
		for (String role : List.of("operator", "viewer")) {
			upload(as(role), null, "order-refs.csv", ORDER_REFS, "dry_run", "true").expectStatus().isForbidden();
			as(role).get().uri("/api/v1/imports").exchange().expectStatus().isForbidden();
		}
	}

	@Test
	void answersNotFoundForAnUnknownJob() {
		this.http.get().uri("/api/v1/imports/{id}", "no-such-job").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/imports/{id}/errors", "no-such-job").exchange().expectStatus().isNotFound();
		this.http.post().uri("/api/v1/imports/{id}/cancel", "no-such-job").exchange().expectStatus().isNotFound();
	}

	private record Refusal(String name, byte[] content, int status, String code) {
	}

	private static byte[] utf8(String... lines) {
		return CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, lines);
	}

	private static byte[] uniqueFile() {
		return utf8(CsvFixtures.HEADER, UUID.randomUUID() + "@example.com,山田美咲,マウス,50,3500,JPY,");
	}

	private static String quoted(String cell) {
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

	private static long storedFiles() throws IOException {
		if (!Files.exists(storageDir)) {
			return 0;
		}
		try (Stream<java.nio.file.Path> files = Files.list(storageDir)) {
			return files.count();
		}
	}

}
