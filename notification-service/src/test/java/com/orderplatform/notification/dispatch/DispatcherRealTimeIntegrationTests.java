package com.orderplatform.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.orderplatform.notification.ScriptedTransports;
import com.orderplatform.notification.ScriptedTransportsConfiguration;
import com.orderplatform.notification.notification.intake.BulkNotificationService;
import com.orderplatform.notification.notification.store.Receipt;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.orderplatform.notification.dispatch.SendTimes.shippingNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher with the production clock and sleeper: 25 notifications take real time
 * to go out (about 2.5 s), and the stored send times keep the limit.
 */
@SpringBootTest
@Import(ScriptedTransportsConfiguration.class)
class DispatcherRealTimeIntegrationTests {

	@Autowired
	BulkNotificationService bulk;

	@Autowired
	ScriptedTransports transports;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_real_time");
	}

	@Test
	void pacesRealSendsAtMostTenInAnyOneSecond() {
		Instant start = Instant.now();
		List<Receipt> queued = this.bulk.queueAll(IntStream.rangeClosed(1, 25)
			.mapToObj((order) -> shippingNotice(order, "customer" + order + "@example.co.jp", "real-" + order))
			.toList());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE status = 'sent'")
				.query(Long.class)
				.single() == 25);

		assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(24 * 100));
		assertThat(queued).allSatisfy((receipt) -> assertThat(this.transports.callsFor(receipt.id())).hasSize(1));
		List<Instant> sent = SendTimes.stored(this.jdbc);
		assertThat(sent).hasSize(25);
		assertThat(SendTimes.mostWithinAnyWindow(sent, Duration.ofSeconds(1), true)).isLessThanOrEqualTo(10);
		assertThat(SendTimes.gaps(sent))
			.allSatisfy((gap) -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(100)));
	}

}
