package com.orderplatform.order.bulkimport.processing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.bulkimport.ImportService;
import com.orderplatform.order.bulkimport.ImportUpload;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.OrderGrouper;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.bulkimport.staging.StagedOrders;
import com.orderplatform.order.order.Order;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chunk writer on a real SQLite file, given the staged orders of a validated dry run
 * of {@code order-refs.csv} (5 orders, one of them failed): a run that found none of the
 * batch's orders saved skips the lookup of earlier ones, and still saves nothing twice
 * when another run saved them meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
		"oms.payment-service.base-url=http://127.0.0.1:9", "oms.notification-service.base-url=http://127.0.0.1:9" })
class ImportOrderWriterIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Path database = TestDatabases.registerSqlite(registry, "import_order_writer");
		TestSecurity.register(registry, database.getParent());
		registry.add("oms.import.storage-dir", () -> database.getParent().resolve("imports").toString());
	}

	@Autowired
	ImportOrderWriter writer;

	@Autowired
	ImportService imports;

	@Autowired
	ImportJobRepository jobs;

	@Autowired
	ImportStagingRepository staging;

	@Autowired
	JdbcClient jdbc;

	private ImportJob job;

	private List<ImportedOrder> chunk;

	@BeforeEach
	void validatedDryRun() throws IOException, InterruptedException {
		byte[] file = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));
		String id = this.imports
			.upload(ImportUpload.parse("order-refs.csv", true, null, null, null, null, true, null, "admin", null, null),
					new ByteArrayInputStream(file))
			.job()
			.id();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.imports.get(id).status() == ImportJobStatus.VALIDATED);
		this.job = this.jobs.find(id).orElseThrow();
		this.chunk = new ArrayList<>();
		new StagedOrders(this.staging, id, 100).forEach(rows -> {
			if (OrderGrouper.group(rows) instanceof ImportedOrder order) {
				this.chunk.add(order);
			}
		}, () -> {
		});
	}

	@Test
	void savesAChunkWithoutLookingForEarlierOrdersWhenNoneWereSaved() {
		assertThat(this.writer.anySaved(this.job)).isFalse();

		ImportOrderWriter.SavedChunk saved = this.writer.write(this.job, this.chunk, false);

		assertThat(saved.fresh()).hasSize(4).extracting(Order::batchId).containsOnly(this.job.id());
		assertThat(saved.earlier()).isEmpty();
		assertThat(this.writer.anySaved(this.job)).isTrue();
		assertThat(ordersOfTheBatch()).isEqualTo(4);
	}

	@Test
	void looksTheChunkUpWhenAnotherRunSavedItAfterThisOneFoundNone() {
		List<Long> byTheOtherRun = this.writer.write(this.job, this.chunk, true)
			.fresh()
			.stream()
			.map(Order::id)
			.toList();

		ImportOrderWriter.SavedChunk saved = this.writer.write(this.job, this.chunk, false);

		assertThat(saved.fresh()).isEmpty();
		assertThat(saved.earlier()).containsExactlyInAnyOrderElementsOf(byTheOtherRun).hasSize(4);
		assertThat(ordersOfTheBatch()).isEqualTo(4);
	}

	private long ordersOfTheBatch() {
		return this.jdbc.sql("SELECT COUNT(*) FROM orders WHERE batch_id = :id")
			.param("id", this.job.id())
			.query(Long.class)
			.single();
	}

}
