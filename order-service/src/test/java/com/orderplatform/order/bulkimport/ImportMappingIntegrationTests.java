package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.api.ImportColumnMatch;
import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.api.ImportFieldSource;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.api.ImportMappedRow;
import com.orderplatform.order.api.ImportMappingPreview;
import com.orderplatform.order.api.ImportMappingRequest;
import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.api.ImportMappingView;
import com.orderplatform.order.api.ImportPreviewRow;
import com.orderplatform.order.api.ImportProfileList;
import com.orderplatform.order.api.ImportProfileRequest;
import com.orderplatform.order.api.ImportProfileView;
import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.bulkimport.file.xlsx.XlsxFixtures;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping step through HTTP on the real service: a file with an ERP's headers waits
 * in needs_mapping, shows its header, rows and a suggestion, previews a mapping with the
 * import's own validation, is imported with the confirmed mapping (a join of 姓 and 名, a
 * fixed currency), and the mapping saved as a profile is recognised by the next file's
 * header set or chosen by name.
 */
class ImportMappingIntegrationTests extends ImportIntegrationTestSupport {

	private static final String ERP_HEADER = "受注番号,E-mail,姓,名,品名,数量(個),単価(税込),社内メモ";

	@RegisterExtension
	final DownstreamStubs downstream = new DownstreamStubs();

	@Test
	void mapsAnErpFileSavesTheProfileAndRecognisesTheNextFileByItsHeaders() {
		byte[] file = utf8(ERP_HEADER, "A-1,taro@example.jp,山田,太郎,緑茶,2,1200,急ぎ",
				"A-2,hanako@example.jp,鈴木,花子,ほうじ茶,0,800,", "A-3,ken@example.jp,佐藤,健,玄米茶,1,500,");
		ImportJobView waiting = accepted(upload("erp.csv", file, "force", "true"));
		assertThat(waiting.status()).isEqualTo(ImportJobStatus.NEEDS_MAPPING);
		assertThat(waiting.profile()).isNull();

		ImportMappingView view = mappingOf(waiting.id());

		assertThat(view.headerRow()).isEqualTo(1);
		assertThat(view.headers()).containsExactly("受注番号", "E-mail", "姓", "名", "品名", "数量(個)", "単価(税込)", "社内メモ");
		assertThat(view.preview()).extracting(ImportPreviewRow::rowNumber).containsExactly(2, 3, 4);
		assertThat(view.preview().get(0).cells()).containsExactly("A-1", "taro@example.jp", "山田", "太郎", "緑茶", "2",
				"1200", "急ぎ");
		assertThat(view.profile()).isNull();
		assertThat(view.suggestion()).isEqualTo(erpMapping(false));
		assertThat(view.matches()).containsExactly(new ImportColumnMatch("受注番号", "order_ref", "alias", 0.95),
				new ImportColumnMatch("E-mail", "customer_email", "alias", 0.95),
				new ImportColumnMatch("姓", "customer_name", "alias", 0.9),
				new ImportColumnMatch("名", "customer_name", "alias", 0.9),
				new ImportColumnMatch("品名", "product_name", "alias", 0.95),
				new ImportColumnMatch("数量(個)", "quantity", "alias", 0.95),
				new ImportColumnMatch("単価(税込)", "unit_price", "alias", 0.95),
				new ImportColumnMatch("社内メモ", null, "none", 0.0));
		assertThat(view.fields()).hasSize(8);
		assertThat(view.fields().get(0).name()).isEqualTo("customer_email");
		assertThat(view.fields().get(0).required()).isTrue();

		ImportMappingPreview preview = this.http.post()
			.uri("/api/v1/imports/{id}/mapping/preview", waiting.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(erpMapping(true))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportMappingPreview.class)
			.returnResult()
			.getResponseBody();

		assertThat(preview.validRows()).isEqualTo(2);
		assertThat(preview.invalidRows()).isEqualTo(1);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.rows()).extracting(ImportMappedRow::rowNumber).containsExactly(2, 3, 4);
		assertThat(preview.rows().get(0).values()).containsExactly(Map.entry("customer_email", "taro@example.jp"),
				Map.entry("customer_name", "山田\u3000太郎"), Map.entry("product_name", "緑茶"), Map.entry("quantity", "2"),
				Map.entry("unit_price", "1200"), Map.entry("currency", "JPY"), Map.entry("order_ref", "A-1"));
		assertThat(preview.rows().get(0).errors()).isEmpty();
		assertThat(preview.rows().get(1).errors())
			.extracting(ImportErrorView::rowNumber, ImportErrorView::column, ImportErrorView::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "quantity", "QUANTITY_BELOW_ONE"));

		ImportJobView mapped = this.http.put()
			.uri("/api/v1/imports/{id}/mapping", waiting.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportMappingRequest(erpMapping(true), " acme 商事 "))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		assertThat(mapped.status()).isNotEqualTo(ImportJobStatus.NEEDS_MAPPING);
		assertThat(mapped.profile()).isEqualTo("acme 商事");

		ImportJobView done = awaitStatus(waiting.id(), ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(List.of(done.totalRows(), done.successRows(), done.failedRows(), done.orderCount(),
				done.failedOrderCount()))
			.containsExactly(3, 2, 1, 3, 1);
		assertThat(done.warnings()).isEmpty();
		List<OrderView> orders = ordersOf(waiting.id());
		assertThat(orders).extracting(OrderView::customerName).containsExactly("山田\u3000太郎", "佐藤\u3000健");
		assertThat(orders).extracting(OrderView::customerEmail).containsExactly("taro@example.jp", "ken@example.jp");
		assertThat(orders).extracting(OrderView::currency).containsOnly("JPY");
		assertThat(orders.get(0).totalAmount()).isEqualByComparingTo("2400");

		ImportProfileView profile = this.http.get()
			.uri("/api/v1/import-profiles/{name}", "acme 商事")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportProfileView.class)
			.returnResult()
			.getResponseBody();
		assertThat(profile.headers()).containsExactly("受注番号", "E-mail", "姓", "名", "品名", "数量(個)", "単価(税込)", "社内メモ");
		assertThat(profile.mapping()).isEqualTo(erpMapping(true));
		assertThat(profile.updatedBy()).isEqualTo("test-admin");

		// The next week's file: the same headers in another order, other rows.
		byte[] next = utf8("E-mail,受注番号,姓,名,品名,数量(個),単価(税込),社内メモ", "mika@example.jp,B-1,山田,美咲,煎茶,3,700,");
		ImportJobView recognised = accepted(upload("erp-next.csv", next, "force", "true"));
		assertThat(recognised.status()).isNotEqualTo(ImportJobStatus.NEEDS_MAPPING);
		assertThat(recognised.profile()).isEqualTo("acme 商事");
		ImportJobView nextDone = awaitStatus(recognised.id(), ImportJobStatus.COMPLETED);
		assertThat(nextDone.successRows()).isEqualTo(1);
		assertThat(ordersOf(recognised.id())).extracting(OrderView::customerName).containsExactly("山田\u3000美咲");

		// Mapped once: PUT again is a conflict.
		this.http.put()
			.uri("/api/v1/imports/{id}/mapping", waiting.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportMappingRequest(erpMapping(true), null))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void mapsTheColumnsOfAWorkbookSheetTypedAsAPersonTypesThem(@TempDir Path folder) throws IOException {
		Path book = XlsxFixtures.write(folder.resolve("erp.xlsx"), workbook -> {
			workbook.createSheet("表紙").createRow(0).createCell(0).setCellValue("受注データ");
			Sheet sheet = workbook.createSheet("受注");
			XlsxFixtures.row(sheet, 0, ERP_HEADER.split(","));
			XlsxFixtures.row(sheet, 1, "A-1", "taro@example.jp", "山田", "太郎", "緑茶", 2, "=1000*1.2", "急ぎ");
			XlsxFixtures.row(sheet, 3, "A-2", "ken@example.jp", "佐藤", "健", "玄米茶", 1, 500, "");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		ImportJobView waiting = accepted(upload("erp.xlsx", Files.readAllBytes(book), "force", "true", "sheet", "受注"));

		assertThat(List.of(waiting.status().name(), waiting.format(), String.valueOf(waiting.sheet())))
			.containsExactly("NEEDS_MAPPING", "xlsx", "受注");
		ImportMappingView view = mappingOf(waiting.id());
		assertThat(view.headers()).containsExactly("受注番号", "E-mail", "姓", "名", "品名", "数量(個)", "単価(税込)", "社内メモ");
		assertThat(view.preview()).extracting(ImportPreviewRow::rowNumber).containsExactly(2, 4);
		assertThat(view.preview().get(0).cells()).containsExactly("A-1", "taro@example.jp", "山田", "太郎", "緑茶", "2",
				"1200", "急ぎ");
		assertThat(view.suggestion()).isEqualTo(erpMapping(false));

		this.http.put()
			.uri("/api/v1/imports/{id}/mapping", waiting.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportMappingRequest(erpMapping(true), null))
			.exchange()
			.expectStatus()
			.isOk();
		ImportJobView done = awaitStatus(waiting.id(), ImportJobStatus.COMPLETED);

		assertThat(List.of(done.totalRows(), done.successRows(), done.orderCount())).containsExactly(2, 2, 2);
		List<OrderView> orders = ordersOf(waiting.id());
		assertThat(orders).extracting(OrderView::customerName).containsExactly("山田\u3000太郎", "佐藤\u3000健");
		assertThat(orders).extracting(order -> order.totalAmount().toPlainString()).containsExactly("2400", "500");
	}

	@Test
	void appliesAProfileChosenByNameAndSuggestsItWhenTheFileLacksItsHeaders() {
		saveProfile("named-profile", List.of("Mail", "Kunde", "Artikel", "Menge", "Preis"),
				spec(Map.of("customer_email", source("Mail"), "customer_name", source("Kunde"), "product_name",
						source("Artikel"), "quantity", source("Menge"), "unit_price", source("Preis"))));

		// Extra columns are fine when a profile is chosen by name: they are ignored.
		ImportJobView applied = accepted(
				upload("named.csv", utf8("Preis,Menge,Artikel,Kunde,Mail,Lager", "300,2,Tee,Anna,anna@example.de,B"),
						"force", "true", "dry_run", "true", "profile", "named-profile"));
		assertThat(applied.profile()).isEqualTo("named-profile");
		ImportJobView validated = awaitStatus(applied.id(), ImportJobStatus.VALIDATED);
		assertThat(validated.successRows()).isEqualTo(1);
		assertThat(validated.warnings()).singleElement().asString().startsWith("Ignored unknown column \"Lager\"");

		ImportJobView lacking = accepted(
				upload("lacking.csv", utf8("Mail,Kunde,Artikel,Anzahl,Preis", "anna@example.de,Anna,Tee,2,300"),
						"force", "true", "profile", "named-profile"));
		assertThat(lacking.status()).isEqualTo(ImportJobStatus.NEEDS_MAPPING);
		assertThat(lacking.warnings()).containsExactly("The file lacks columns the profile \"named-profile\" reads;"
				+ " map its columns (the profile's mapping is suggested).");
		ImportMappingView view = mappingOf(lacking.id());
		assertThat(view.profile()).isEqualTo("named-profile");
		assertThat(view.suggestion().fields()).containsEntry("quantity", source("Menge"));
		assertThat(view.matches()).extracting(ImportColumnMatch::match)
			.containsExactly("profile", "profile", "profile", "none", "profile");

		this.http.put()
			.uri("/api/v1/imports/{id}/mapping", lacking.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportMappingRequest(view.suggestion(), null))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("MAPPING_INVALID")
			.jsonPath("$.detail")
			.isEqualTo("quantity reads the column \"Menge\" but the file's header has no such column;"
					+ " choose one of its columns.");
		assertThat(job(lacking.id()).status()).isEqualTo(ImportJobStatus.NEEDS_MAPPING);

		upload("unknown.csv", utf8("Mail", "a@example.de"), "force", "true", "profile", "nobody").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PROFILE_NOT_FOUND");

		this.http.post().uri("/api/v1/imports/{id}/cancel", lacking.id()).exchange().expectStatus().isOk();
		assertThat(job(lacking.id()).status()).isEqualTo(ImportJobStatus.CANCELLED);
	}

	@Test
	void splitsAForeignTabSeparatedHeaderAndImportsItWithTheSuggestion() {
		ImportJobView waiting = accepted(
				upload("erp.tsv", utf8("伝票番号\tEメール\tお客様名\t品名\t数量\t単価", "T-1\tyui@example.jp\t小林 結衣\tマウス\t2\t3500"),
						"force", "true", "dry_run", "true"));
		assertThat(waiting.status()).isEqualTo(ImportJobStatus.NEEDS_MAPPING);

		ImportMappingView view = mappingOf(waiting.id());

		assertThat(view.headers()).containsExactly("伝票番号", "Eメール", "お客様名", "品名", "数量", "単価");
		assertThat(view.matches()).extracting(ImportColumnMatch::field)
			.containsExactly("order_ref", "customer_email", "customer_name", "product_name", "quantity", "unit_price");
		this.http.put()
			.uri("/api/v1/imports/{id}/mapping", waiting.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportMappingRequest(view.suggestion(), null))
			.exchange()
			.expectStatus()
			.isOk();
		ImportJobView validated = awaitStatus(waiting.id(), ImportJobStatus.VALIDATED);
		assertThat(validated.delimiter()).isEqualTo("\t");
		assertThat(List.of(validated.totalRows(), validated.successRows(), validated.failedRows())).containsExactly(1,
				1, 0);
		assertThat(validated.profile()).isNull();
	}

	@Test
	void managesProfiles() {
		saveProfile("crud-profile", List.of("E-mail", "氏名", "品名", "数量", "単価"),
				spec(Map.of("customer_email", source("E-mail"), "customer_name", source("氏名"), "product_name",
						source("品名"), "quantity", source("数量"), "unit_price", source("単価"))));

		ImportProfileList list = this.http.get()
			.uri("/api/v1/import-profiles")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportProfileList.class)
			.returnResult()
			.getResponseBody();
		assertThat(list.items()).extracting(ImportProfileView::name).contains("crud-profile");

		this.http.put()
			.uri("/api/v1/import-profiles/{name}", "bad*name")
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportProfileRequest(List.of("a"), null))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("MAPPING_INVALID");
		this.http.put()
			.uri("/api/v1/import-profiles/{name}", "no-price")
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportProfileRequest(List.of("E-mail", "氏名", "品名", "数量"),
					spec(Map.of("customer_email", source("E-mail"), "customer_name", source("氏名"), "product_name",
							source("品名"), "quantity", source("数量")))))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("unit_price (単価) is required: map a column to it or give it a fixed value.");

		this.http.delete()
			.uri("/api/v1/import-profiles/{name}", "crud-profile")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.get()
			.uri("/api/v1/import-profiles/{name}", "crud-profile")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PROFILE_NOT_FOUND");
		this.http.delete().uri("/api/v1/import-profiles/{name}", "crud-profile").exchange().expectStatus().isNotFound();
	}

	private static ImportMappingSpec erpMapping(boolean withCurrency) {
		Map<String, ImportFieldSource> fields = new LinkedHashMap<>();
		fields.put("customer_email", source("E-mail"));
		fields.put("customer_name", new ImportFieldSource(List.of("姓", "名"), "\u3000", null));
		fields.put("product_name", source("品名"));
		fields.put("quantity", source("数量(個)"));
		fields.put("unit_price", source("単価(税込)"));
		if (withCurrency) {
			fields.put("currency", new ImportFieldSource(null, null, "JPY"));
		}
		fields.put("order_ref", source("受注番号"));
		return new ImportMappingSpec(fields, List.of("社内メモ"));
	}

	private static ImportMappingSpec spec(Map<String, ImportFieldSource> fields) {
		return new ImportMappingSpec(fields, List.of());
	}

	private static ImportFieldSource source(String header) {
		return new ImportFieldSource(List.of(header), null, null);
	}

	private void saveProfile(String name, List<String> headers, ImportMappingSpec mapping) {
		this.http.put()
			.uri("/api/v1/import-profiles/{name}", name)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ImportProfileRequest(headers, mapping))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private ImportMappingView mappingOf(String id) {
		return this.http.get()
			.uri("/api/v1/imports/{id}/mapping", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportMappingView.class)
			.returnResult()
			.getResponseBody();
	}

	private static ImportJobView accepted(RestTestClient.ResponseSpec response) {
		return response.expectStatus().isAccepted().expectBody(ImportJobView.class).returnResult().getResponseBody();
	}

	private List<OrderView> ordersOf(String batchId) {
		List<OrderView> orders = new java.util.ArrayList<>(this.http.get()
			.uri("/api/v1/orders?batch_id={id}&limit=100", batchId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderPage.class)
			.returnResult()
			.getResponseBody()
			.items());
		orders.sort(java.util.Comparator.comparingLong(OrderView::id));
		return orders;
	}

	private static byte[] utf8(String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

}
