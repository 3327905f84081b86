package com.orderplatform.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import com.orderplatform.notification.ScriptedTransports;
import com.orderplatform.notification.ScriptedTransportsConfiguration;
import com.orderplatform.notification.TestSleeper;
import com.orderplatform.notification.TestTime;
import com.orderplatform.notification.TestTimeConfiguration;
import com.orderplatform.notification.notification.intake.BulkNotificationService;
import com.orderplatform.notification.notification.intake.NotificationService;
import com.orderplatform.notification.notification.store.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.orderplatform.notification.dispatch.SendTimes.shippingNotice;
import static com.orderplatform.notification.dispatch.SendTimes.shippingNotices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real dispatcher on a real database (one subclass per engine): claiming, pacing,
 * retries and the recorded outcome. Time is {@link TestTime}, moved by the dispatcher's
 * {@code TestSleeper} whenever it would wait, so sends are paced at full speed and their
 * stored times are exact; a dispatcher that did not wait for its slots would stamp them
 * closer together and fail these tests.
 */
@SpringBootTest
@Import({ TestTimeConfiguration.class, ScriptedTransportsConfiguration.class })
abstract class AbstractDispatchIntegrationTests {

	private static final Duration INTERVAL = Duration.ofMillis(101);

	@Autowired
	BulkNotificationService bulk;

	@Autowired
	SendPacer pacer;

	@Autowired
	ScriptedTransports transports;

	@Autowired
	TestTime time;

	@Autowired
	TestSleeper sleeper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationService single;

	/**
	 * Lets the dispatcher finish earlier work, empties the tables (the batches' rounds
	 * and the bulk lane's clock too) and moves time a second past the next free send
	 * slot, so that the first send of a test starts when queued.
	 */
	@BeforeEach
	void idleAndEmpty() {
		awaitNothingPending();
		this.jdbc.sql("DELETE FROM notifications").update();
		this.jdbc.sql("DELETE FROM notification_batches").update();
		this.jdbc.sql("UPDATE notification_lanes SET clock = 0").update();
		this.transports.reset();
		long nextSlot = this.jdbc.sql("SELECT next_send_micros FROM notification_send_pace").query(Long.class).single();
		this.time.advanceTo(Instant.EPOCH.plus(nextSlot, ChronoUnit.MICROS));
		this.time.advance(Duration.ofSeconds(1));
	}

	@AfterEach
	void dispatcherRunsAgain() {
		this.dispatcher.start();
	}

	@Test
	void sendsTwoHundredQueuedNotificationsNeverMoreThanTenInAnyOneSecond() {
		List<Receipt> queued = this.bulk.queueAll(IntStream.rangeClosed(1, 200)
			.mapToObj((order) -> shippingNotice(order, "customer" + order + "@example.co.jp", "pace-" + order))
			.toList());

		awaitNothingPending();

		assertThat(count("status = 'sent'")).isEqualTo(200);
		assertThat(queued).allSatisfy((receipt) -> assertThat(this.transports.callsFor(receipt.id())).hasSize(1));
		List<Instant> sent = SendTimes.stored(this.jdbc);
		assertThat(sent).hasSize(200);
		assertThat(SendTimes.mostWithinAnyWindow(sent, Duration.ofSeconds(1), false)).isEqualTo(10);
		assertThat(SendTimes.mostWithinAnyWindow(sent, Duration.ofSeconds(1), true)).isEqualTo(10);
		assertThat(SendTimes.gaps(sent)).hasSize(199).containsOnly(INTERVAL);
	}

	@Test
	void sendsATransientlyFailingNotificationOnItsThirdAttempt() {
		Instant queuedAt = this.time.instant();
		long id = this.bulk.queueAll(List.of(shippingNotice(1, "fail-twice@example.co.jp", "flaky"))).getFirst().id();

		awaitNothingPending();

		assertThat(this.transports.callsFor(id)).hasSize(3);
		assertThat(row(id)).containsExactly("sent", 3, null, queuedAt.plusSeconds(3).toString());
	}

	@Test
	void marksANotificationFailedWithTheReasonAfterThreeRetries() {
		long id = this.bulk.queueAll(List.of(shippingNotice(1, "always-fail@example.co.jp", "doomed"))).getFirst().id();

		awaitNothingPending();

		assertThat(this.transports.callsFor(id)).hasSize(4);
		assertThat(row(id)).containsExactly("failed", 4, "simulated provider outage", null);
	}

	@Test
	void failsAPermanentlyRefusedNotificationWithoutRetrying() {
		long id = this.bulk.queueAll(List.of(shippingNotice(1, "rejected@example.co.jp", "refused"))).getFirst().id();

		awaitNothingPending();

		assertThat(this.transports.callsFor(id)).hasSize(1);
		assertThat(row(id)).containsExactly("failed", 1, "550 5.1.1 mailbox unknown", null);
	}

	@Test
	void keepsSendingOthersWhileOneWaitsForItsRetry() {
		List<Receipt> queued = this.bulk.queueAll(List.of(shippingNotice(1, "fail-twice@example.co.jp", "slow"),
				shippingNotice(2, "fine@example.co.jp", "quick")));

		awaitNothingPending();

		assertThat(this.transports.calls()).extracting(ScriptedTransports.Call::notificationId)
			.containsExactly(queued.get(0).id(), queued.get(1).id(), queued.get(0).id(), queued.get(0).id());
	}

	@Test
	void grantsOnePermitPerInterval() {
		Instant now = this.time.instant().plusSeconds(60);
		this.time.advanceTo(now);

		SendPacer.Permit first = this.pacer.tryAcquire().orElseThrow();
		assertThat(first.grantedAt()).isEqualTo(now);
		assertThat(this.pacer.tryAcquire()).isEmpty();
		assertThat(this.pacer.untilNextPermit()).isEqualTo(INTERVAL);
		this.time.advanceTo(now.plus(INTERVAL).minusNanos(1_000));
		assertThat(this.pacer.tryAcquire()).isEmpty();
		assertThat(this.pacer.untilNextPermit()).isEqualTo(Duration.ofNanos(1_000));
		assertThat(this.pacer.nextPermitAt()).isEqualTo(now.plus(INTERVAL));
		this.time.advanceTo(now.plus(INTERVAL));
		assertThat(this.pacer.tryAcquire()).contains(new SendPacer.Permit(first.number() + 1, now.plus(INTERVAL)));
		assertThat(this.pacer.nextPermitAt()).isEqualTo(now.plus(INTERVAL.multipliedBy(2)));
	}

	@Test
	void grantsAPermitToOnlyOneOfManyConcurrentTakers() throws Exception {
		Instant now = this.time.instant().plusSeconds(120);
		this.time.advanceTo(now);
		CyclicBarrier start = new CyclicBarrier(8);
		List<CompletableFuture<Boolean>> takers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			takers.add(CompletableFuture.supplyAsync(() -> {
				awaitAll(start);
				return this.pacer.tryAcquire().isPresent();
			}));
		}

		List<Boolean> granted = new ArrayList<>();
		for (CompletableFuture<Boolean> taker : takers) {
			granted.add(taker.get());
		}

		assertThat(granted).containsOnlyOnce(true);
		assertThat(this.pacer.nextPermitAt()).isEqualTo(now.plus(INTERVAL));
	}

	@Test
	void takesTurnsBetweenBatchesRoundByRound() {
		this.dispatcher.stop();
		for (String batch : List.of("A", "B", "C")) {
			this.bulk.queueAll(shippingNotices(batch, batch, 5));
		}

		this.dispatcher.start();
		awaitNothingPending();

		assertThat(String.join("", SendTimes.sentBatches(this.jdbc))).isEqualTo("ABCABCABCABCABC");
	}

	@Test
	void startsANewSmallBatchAtTheRoundBeingSentSoItInterleavesAtOnce() {
		this.dispatcher.stop();
		this.bulk.queueAll(shippingNotices("huge", "huge", 300));
		this.dispatcher.start();
		await().atMost(Duration.ofSeconds(60)).until(() -> count("status = 'sent'") >= 100);
		this.dispatcher.stop();
		int sentBefore = (int) count("status = 'sent'");

		this.bulk.queueAll(shippingNotices("small", "small", 20));
		this.dispatcher.start();
		awaitNothingPending();

		List<String> after = SendTimes.sentBatches(this.jdbc).subList(sentBefore, 320);
		assertThat(String.join(",", after.subList(0, 40))).isEqualTo("small,huge,".repeat(20).replaceAll(",$", ""));
		assertThat(after.subList(40, after.size())).hasSize(280 - sentBefore).containsOnly("huge");
	}

	@Test
	void givesTheBulkLaneEveryTenthSendWhileTransactionalMessagesWait() {
		this.dispatcher.stop();
		this.bulk.queueAll(shippingNotices("import", "import", 100));
		List<Long> transactional = this.bulk.queueAll(shippingNotices(null, "single", 300))
			.stream()
			.map(Receipt::id)
			.toList();

		this.dispatcher.start();
		awaitNothingPending();

		List<String> sent = SendTimes.sentBatches(this.jdbc);
		assertThat(sent).hasSize(400);
		// 300 transactional messages take 334 sends at 9 in 10: in every ten sends while
		// they wait, and so in every second, exactly one is an import's.
		for (int from = 0; from < 330; from += 10) {
			assertThat(sent.subList(from, from + 10)).as("sends %d to %d", from + 1, from + 10)
				.containsOnlyOnce("import");
		}
		assertThat(sent.subList(334, 400)).containsOnly("import");
		assertThat(sentIdsOfLane("transactional")).containsExactlyElementsOf(transactional);
		assertThat(SendTimes.gaps(SendTimes.stored(this.jdbc))).hasSize(399).containsOnly(INTERVAL);
	}

	@Test
	void sendsASingleOrderMessageBeforeTheImportBacklogWithinTwoSends() {
		this.dispatcher.stop();
		this.bulk.queueAll(shippingNotices("import", "import-a", 1000));
		this.bulk.queueAll(shippingNotices("import", "import-b", 1000));
		// The dispatcher runs at full speed on test time: it is parked between two sends
		// after the first twenty, so the message is queued while it is running, at a
		// point the test chose rather than wherever the race left it.
		this.sleeper.holdAfter(19);
		this.dispatcher.start();
		long id;
		long sentWhenQueued;
		try {
			this.sleeper.awaitParked();
			id = this.single.queue(shippingNotices(null, "order-42", 1).getFirst()).notification().id();
			sentWhenQueued = count("status = 'sent'");
		}
		finally {
			this.sleeper.release();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> count("status = 'sent' AND id = " + id) == 1);

		// At most: a bulk send claimed before it was queued, one bulk turn, then it.
		long position = SendTimes.sentBatches(this.jdbc).indexOf("transactional") + 1;
		assertThat(position).isPositive().isLessThanOrEqualTo(sentWhenQueued + 3);
		assertThat(sentWhenQueued).as("bulk messages sent before it was queued: the import still waits")
			.isEqualTo(20)
			.isLessThan(1500);
		this.dispatcher.stop();
		this.jdbc.sql("DELETE FROM notifications").update();
	}

	private List<Long> sentIdsOfLane(String lane) {
		return this.jdbc.sql("SELECT id FROM notifications WHERE sent_at IS NOT NULL AND lane = :lane ORDER BY sent_at")
			.param("lane", lane)
			.query(Long.class)
			.list();
	}

	private static void awaitAll(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Object> row(long id) {
		return this.jdbc.sql("SELECT status, attempts, failure_reason, sent_at FROM notifications WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> Arrays.<Object>asList(rs.getString("status"), rs.getInt("attempts"),
					rs.getString("failure_reason"),
					(rs.getTimestamp("sent_at") != null) ? rs.getTimestamp("sent_at").toInstant().toString() : null))
			.single();
	}

	private long count(String condition) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE " + condition).query(Long.class).single();
	}

	private void awaitNothingPending() {
		await().atMost(Duration.ofSeconds(60)).until(() -> count("status = 'pending'") == 0);
	}

}
