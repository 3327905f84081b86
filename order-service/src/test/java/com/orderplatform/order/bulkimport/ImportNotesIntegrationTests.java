package com.orderplatform.order.bulkimport;

import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.api.OrderItemView;
import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.orderplatform.order.bulkimport.file.CsvFixtures.CP932;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.CRLF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV's notes ({@code 備考}) are kept with the order items: answered by the orders API,
 * written to results.csv as stored, and still there once the import's staged rows are
 * gone (as after its retention).
 */
class ImportNotesIntegrationTests extends ImportIntegrationTestSupport {

	@Autowired
	private ImportStagingRepository staging;

	@RegisterExtension
	final DownstreamStubs downstream = new DownstreamStubs();

	@Test
	void keepsEachRowsNotesOnItsItemInWindows31jWithJapaneseHeaders() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		byte[] file = CsvFixtures.bytes(CP932, false, CRLF, "注文番号,メールアドレス,顧客名,商品名,数量,単価,通貨,備考",
				"PO-1,tanaka-" + run + "@example.co.jp,田中太郎,ノートPC,2,89800,JPY,法人割引適用",
				"PO-1,tanaka-" + run + "@example.co.jp,田中太郎,マウス,2,3500,JPY,　㈱髙橋商事 宛　",
				",sato-" + run + "@example.co.jp,佐藤健一,キーボード,10,12500,JPY,",
				",ito-" + run + "@example.co.jp,伊藤花子,電卓,1,1480,JPY,'=1+1");

		ImportJobView job = awaitStatus(upload("notes-" + run + ".csv", file, "force", "true").expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody()
			.id(), ImportJobStatus.COMPLETED);

		List<OrderView> orders = ordersOf(job.id());
		assertThat(orders).hasSize(3);
		assertThat(orders.get(0).items()).extracting(OrderItemView::notes).containsExactly("法人割引適用", "㈱髙橋商事 宛");
		assertThat(orders.get(1).items()).extracting(OrderItemView::notes).containsExactly((String) null);
		assertThat(orders.get(2).items()).extracting(OrderItemView::notes).containsExactly("=1+1");

		List<String> results = List
			.of(new String(download(job.id(), "results.csv"), Charset.forName("windows-31j")).split(CRLF));
		assertThat(results.get(0)).isEqualTo(
				"row_number,result,order_id,error_code,error_message,item_notes,注文番号,メールアドレス,顧客名,商品名,数量,単価,通貨,備考");
		assertThat(results.get(1)).startsWith("2,imported," + orders.get(0).id() + ",,,法人割引適用,PO-1,");
		assertThat(results.get(2)).startsWith("3,imported," + orders.get(0).id() + ",,,㈱髙橋商事 宛,PO-1,")
			.endsWith(",　㈱髙橋商事 宛　");
		assertThat(results.get(3)).startsWith("4,imported," + orders.get(1).id() + ",,,,,sato-");
		assertThat(results.get(4)).startsWith("5,imported," + orders.get(2).id() + ",,,'=1+1,,ito-").endsWith(",'=1+1");

		this.staging.clear(job.id());

		assertThat(ordersOf(job.id()).get(0).items()).extracting(OrderItemView::notes)
			.containsExactly("法人割引適用", "㈱髙橋商事 宛");
	}

	private List<OrderView> ordersOf(String batchId) {
		return this.http.get()
			.uri("/api/v1/orders?batch_id={id}&limit=100", batchId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderPage.class)
			.returnResult()
			.getResponseBody()
			.items()
			.stream()
			.sorted(Comparator.comparingLong(OrderView::id))
			.toList();
	}

}
