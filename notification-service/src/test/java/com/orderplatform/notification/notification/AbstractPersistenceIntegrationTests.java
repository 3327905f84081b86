package com.orderplatform.notification.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import com.orderplatform.notification.TestTimeConfiguration;
import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.notification.store.NotificationFilter;
import com.orderplatform.notification.notification.store.NotificationRows;
import com.orderplatform.notification.notification.store.NotificationRepository;
import com.orderplatform.notification.notification.store.Receipt;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import com.orderplatform.notification.template.TemplateRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.Lifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The notification and template tables on a real database; one subclass per engine, so
 * SQLite and PostgreSQL answer the same questions, including the queue's claim query
 * under concurrency. The dispatcher is stopped, so that only the tests claim. The context
 * is a (mock) web one because the platform's security configuration needs a servlet
 * environment to start.
 */
@SpringBootTest
@Import(TestTimeConfiguration.class)
abstract class AbstractPersistenceIntegrationTests {

	private static final Instant T0 = Instant.parse("2025-12-01T10:00:00.123Z");

	private static final List<Lane> TRANSACTIONAL_FIRST = List.of(Lane.TRANSACTIONAL, Lane.BULK);

	@Autowired
	NotificationRepository repository;

	@Autowired
	NotificationQueue queue;

	@Autowired
	QueueStatistics statistics;

	@Autowired
	TemplateRenderer renderer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("notificationDispatcher")
	Lifecycle dispatcher;

	@BeforeEach
	void noDispatcherAndNoNotifications() {
		this.dispatcher.stop();
		this.jdbc.sql("DELETE FROM notifications").update();
		this.jdbc.sql("DELETE FROM notification_batches").update();
		this.jdbc.sql("UPDATE notification_lanes SET clock = 0").update();
	}

	@Test
	void storesAndReadsBackEveryFieldExactly() {
		Notification saved = this.repository.insert(confirmation(42, T0, new Queueing("import-1", "key-42")));

		Notification read = this.repository.findById(saved.id()).orElseThrow();

		assertThat(read.id()).isEqualTo(saved.id()).isPositive();
		assertThat(read.orderId()).isEqualTo(42);
		assertThat(read.template()).isEqualTo(new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA));
		assertThat(read.recipient()).isEqualTo("tanaka@example.co.jp");
		assertThat(read.message()).isEqualTo(new RenderedMessage("ご注文確認 — 注文番号 #42", "田中太郎 様\n183,100円"));
		assertThat(read.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(read.failureReason()).isNull();
		assertThat(read.sentAt()).isNull();
		assertThat(read.createdAt()).isEqualTo(T0);
		assertThat(read.batchId()).isEqualTo("import-1");
		assertThat(read.idempotencyKey()).isEqualTo("key-42");
		assertThat(read.attempts()).isZero();
		assertThat(read.nextAttemptAt()).isEqualTo(T0);
		assertThat(this.repository.findByIdempotencyKey("key-42")).map(Notification::id).contains(saved.id());
	}

	/**
	 * A DuplicateKeyException on PostgreSQL; SQLite's error is not translated that far.
	 */
	@Test
	void refusesASingleInsertWhoseKeyIsTaken() {
		this.repository.insert(confirmation(42, T0, new Queueing("import-1", "key-42")));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.insert(confirmation(43, T0, new Queueing("import-1", "key-42"))));
		assertThat(this.jdbc.sql("SELECT order_id FROM notifications").query(Long.class).list()).containsExactly(42L);
	}

	@Test
	void storesSmsWithoutSubject() {
		Notification sms = Notification.accept(42, new TemplateKey("ORDER_SHIPPED", Channel.SMS, Language.EN),
				"+81-90-1234-5678", new RenderedMessage(null, "shipped"), T0);

		Notification read = this.repository.findById(this.repository.insert(sms).id()).orElseThrow();

		assertThat(read.channel()).isEqualTo(Channel.SMS);
		assertThat(read.template().language()).isEqualTo(Language.EN);
		assertThat(read.message().subject()).isNull();
	}

	@Test
	void savesTheOutcomeOfAClaimedNotification() {
		long sentId = this.repository.insert(confirmation(42, T0)).id();
		long failedId = this.repository.insert(confirmation(43, T0.plusMillis(1))).id();
		Notification sent = claim("node-a", T0.plusSeconds(1)).orElseThrow();
		Notification failed = claim("node-a", T0.plusSeconds(1)).orElseThrow();
		sent.markSent(T0.plusMillis(250));
		failed.markFailed("SMTP delivery via mail:25 failed: Connection refused");

		this.queue.saveDeliveryOutcome(sent, "node-a");
		this.queue.saveDeliveryOutcome(failed, "node-a");

		Notification readSent = this.repository.findById(sentId).orElseThrow();
		assertThat(readSent.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(readSent.sentAt()).isEqualTo(T0.plusMillis(250));
		assertThat(readSent.attempts()).isEqualTo(1);
		assertThat(readSent.nextAttemptAt()).isNull();
		Notification readFailed = this.repository.findById(failedId).orElseThrow();
		assertThat(readFailed.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(readFailed.failureReason()).isEqualTo("SMTP delivery via mail:25 failed: Connection refused");
		assertThat(readFailed.sentAt()).isNull();
		assertThat(claimsHeld()).isZero();
	}

	@Test
	void keepsANotificationPendingAndDueLaterAfterARetriedAttempt() {
		long id = this.repository.insert(confirmation(42, T0)).id();
		Notification claimed = claim("node-a", T0).orElseThrow();
		claimed.retryAt(T0.plusSeconds(1));

		this.queue.saveDeliveryOutcome(claimed, "node-a");

		Notification read = this.repository.findById(id).orElseThrow();
		assertThat(read.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(read.attempts()).isEqualTo(1);
		assertThat(read.nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
		assertThat(claim("node-a", T0.plusMillis(999))).isEmpty();
		assertThat(claim("node-a", T0.plusSeconds(1))).map(Notification::id).contains(id);
	}

	@Test
	void refusesAnOutcomeFromAnInstanceThatNoLongerHoldsTheClaim() {
		long id = this.repository.insert(confirmation(42, T0)).id();
		Notification lateCopy = claim("node-a", T0).orElseThrow();
		Notification takenOver = claim("node-b", T0.plus(Duration.ofMinutes(6))).orElseThrow();
		takenOver.markSent(T0.plus(Duration.ofMinutes(6)));
		this.queue.saveDeliveryOutcome(takenOver, "node-b");
		lateCopy.markFailed("late failure");

		assertThatExceptionOfType(IllegalNotificationStateException.class)
			.isThrownBy(() -> this.queue.saveDeliveryOutcome(lateCopy, "node-a"))
			.withMessage("Notification %d cannot take a delivery outcome from node-a: it is no longer pending or no "
					+ "longer claimed by it", id);
		assertThat(this.repository.findById(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
	}

	@Test
	void claimsTheNotificationDueLongestFirst() {
		long third = this.repository.insert(confirmation(1, T0.plusSeconds(2))).id();
		long first = this.repository.insert(confirmation(2, T0)).id();
		long second = this.repository.insert(confirmation(3, T0.plusSeconds(1))).id();
		Instant now = T0.plusSeconds(10);

		List<Long> claimed = IntStream.range(0, 4)
			.mapToObj((i) -> claim("node-a", now))
			.flatMap(Optional::stream)
			.map(Notification::id)
			.toList();

		assertThat(claimed).containsExactly(first, second, third);
		assertThat(this.jdbc.sql("SELECT claimed_by FROM notifications").query(String.class).list())
			.containsOnly("node-a");
	}

	@Test
	void claimsNothingBeforeItIsDue() {
		this.repository.insert(confirmation(1, T0));

		assertThat(claim("node-a", T0.minusMillis(1))).isEmpty();
		assertThat(claim("node-a", T0)).isPresent();
	}

	@Test
	void leavesALiveLeaseAloneAndTakesOverAnExpiredOne() {
		long id = this.repository.insert(confirmation(1, T0)).id();
		Instant leaseEnd = T0.plus(Duration.ofMinutes(5));
		assertThat(this.queue.claimNext("node-a", TRANSACTIONAL_FIRST, T0, leaseEnd)).isPresent();

		assertThat(claim("node-b", leaseEnd.minusMillis(1))).isEmpty();
		assertThat(this.queue.nextClaimableAt()).contains(leaseEnd);
		assertThat(claim("node-b", leaseEnd)).map(Notification::id).contains(id);
		assertThat(this.jdbc.sql("SELECT claimed_by FROM notifications").query(String.class).single())
			.isEqualTo("node-b");
	}

	@Test
	void saysWhenTheNextNotificationCanBeClaimed() {
		assertThat(this.queue.nextClaimableAt()).isEmpty();
		this.repository.insert(confirmation(1, T0.plusSeconds(5)));
		this.repository.insert(confirmation(2, T0.plusSeconds(3)));
		Notification done = confirmation(3, T0);
		done.markSent(T0);
		this.repository.insert(done);

		assertThat(this.queue.nextClaimableAt()).contains(T0.plusSeconds(3));
	}

	@Test
	void releasesOnlyTheClaimsOfOneInstance() {
		for (int order = 1; order <= 3; order++) {
			this.repository.insert(confirmation(order, T0));
		}
		long released = claim("node-a", T0).orElseThrow().id();
		claim("node-b", T0).orElseThrow();
		long alsoReleased = claim("node-a", T0).orElseThrow().id();

		assertThat(this.queue.releaseAll("node-a")).isEqualTo(2);

		assertThat(claimsHeld()).isEqualTo(1);
		assertThat(IntStream.range(0, 2).mapToObj((i) -> claim("node-c", T0)).flatMap(Optional::stream))
			.extracting(Notification::id)
			.containsExactly(released, alsoReleased);
	}

	@Test
	void givesASingleClaimBack() {
		long id = this.repository.insert(confirmation(1, T0)).id();
		claim("node-a", T0).orElseThrow();

		this.queue.release(id, "node-b");
		assertThat(claimsHeld()).isEqualTo(1);
		this.queue.release(id, "node-a");

		assertThat(claimsHeld()).isZero();
	}

	@Test
	void neverHandsOneNotificationToTwoConcurrentClaimers() throws Exception {
		for (int order = 1; order <= 60; order++) {
			this.repository.insert(confirmation(order, T0));
		}
		CyclicBarrier start = new CyclicBarrier(4);
		List<CompletableFuture<List<Long>>> claimers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String claimant = "node-" + i;
			claimers.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				List<Long> ids = new ArrayList<>();
				Optional<Notification> next;
				while ((next = claim(claimant, T0.plusSeconds(1))).isPresent()) {
					ids.add(next.get().id());
				}
				return ids;
			}));
		}

		List<Long> all = new ArrayList<>();
		for (CompletableFuture<List<Long>> claimer : claimers) {
			all.addAll(claimer.get());
		}

		assertThat(all).hasSize(60).doesNotHaveDuplicates();
		assertThat(claimsHeld()).isEqualTo(60);
	}

	@Test
	void insertsABatchOnceForEveryKey() {
		Notification earlier = this.repository.insert(confirmation(1, T0, new Queueing("b", "k1")));
		earlier.markSent(T0);

		List<Receipt> receipts = this.transactions.execute((status) -> this.repository.insertAll(
				List.of(confirmation(1, T0, new Queueing("b", "k1")), confirmation(2, T0, new Queueing("b", "k2")),
						confirmation(3, T0, new Queueing("b", "k3")), confirmation(2, T0, new Queueing("b", "k2")))));

		assertThat(receipts).extracting(Receipt::idempotencyKey).containsExactly("k1", "k2", "k3", "k2");
		assertThat(receipts).extracting(Receipt::duplicate).containsExactly(true, false, false, true);
		assertThat(receipts.get(0).id()).isEqualTo(earlier.id());
		assertThat(receipts.get(3).id()).isEqualTo(receipts.get(1).id());
		assertThat(receipts).extracting(Receipt::status).containsOnly(DeliveryStatus.PENDING);
		assertThat(this.jdbc.sql("SELECT idempotency_key FROM notifications ORDER BY id").query(String.class).list())
			.containsExactly("k1", "k2", "k3");
	}

	@Test
	void queuesEachKeyOnceUnderConcurrentBatches() throws Exception {
		List<Notification> batch = IntStream.rangeClosed(1, 50)
			.mapToObj((order) -> confirmation(order, T0, new Queueing("race", "race-" + order)))
			.toList();
		CyclicBarrier start = new CyclicBarrier(4);
		List<CompletableFuture<List<Receipt>>> requests = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			requests.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return this.transactions.execute((status) -> this.repository.insertAll(batch));
			}));
		}

		Map<String, Long> ids = new HashMap<>();
		int created = 0;
		for (CompletableFuture<List<Receipt>> request : requests) {
			for (Receipt receipt : request.get()) {
				created += receipt.duplicate() ? 0 : 1;
				assertThat(ids.putIfAbsent(receipt.idempotencyKey(), receipt.id())).isIn(null, receipt.id());
			}
		}

		assertThat(created).isEqualTo(50);
		assertThat(ids).hasSize(50);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications").query(Long.class).single()).isEqualTo(50);
	}

	/**
	 * 600 rows, 533 with a key (a full insert statement of 500 and one of 33) and 67
	 * without (inserted one by one): every column differs from row to row, each nullable
	 * one is null in some, and every value is read back from the row its receipt names,
	 * so a value bound to the wrong column or the wrong row fails.
	 */
	@Test
	void storesEveryColumnOfEveryRowOfABulkLargerThanOneStatement() {
		String[] templates = { "ORDER_CONFIRMATION", "ORDER_SHIPPED", "ORDER_CANCELLED", "IMPORT_SUMMARY" };
		List<Notification> notifications = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			Channel channel = (i % 2 == 0) ? Channel.EMAIL : Channel.SMS;
			TemplateKey template = key(templates[i % 4], channel, ((i / 2) % 2 == 0) ? Language.JA : Language.EN);
			RenderedMessage message = new RenderedMessage((channel == Channel.EMAIL) ? "subject " + i : null,
					(i % 11 == 10) ? null : "body " + i);
			Notification notification = Notification.accept(new Content(1_000 + i, template, "recipient-" + i, message),
					new Queueing((i % 5 == 0) ? null : "batch-" + (i % 6), (i % 9 == 4) ? null : "row-" + i),
					T0.plusMillis(7L * i));
			for (int retry = 0; retry < i % 4; retry++) {
				notification.retryAt(T0.plusSeconds(i).plusMillis(retry));
			}
			switch (i % 3) {
				case 1 -> notification.markSent(T0.plusSeconds(10_000 + i));
				case 2 -> notification.markFailed("reason " + i);
				default -> {
				}
			}
			notifications.add(notification);
		}

		List<Receipt> receipts = this.transactions.execute((status) -> this.repository.insertAll(notifications));

		assertThat(receipts).hasSize(600).noneMatch(Receipt::duplicate);
		assertThat(notifications.stream().filter((notification) -> notification.idempotencyKey() != null)).hasSize(533);
		Map<Long, List<Object>> stored = new HashMap<>();
		this.jdbc.sql("SELECT lane, fair_seq, " + NotificationRows.COLUMNS + " FROM notifications")
			.query((rs, row) -> Map.entry(rs.getLong("id"),
					columns(NotificationRows.map(rs, row), rs.getString("lane"), rs.getLong("fair_seq"))))
			.list()
			.forEach((row) -> stored.put(row.getKey(), row.getValue()));
		assertThat(stored).hasSize(600);
		Map<String, Long> keyedPerBatch = new HashMap<>();
		notifications.stream()
			.filter((notification) -> notification.lane() == Lane.BULK && notification.idempotencyKey() != null)
			.forEach((notification) -> keyedPerBatch.merge(notification.batchId(), 1L, Long::sum));
		Map<String, Long> keyedSoFar = new HashMap<>();
		Map<String, Long> keylessSoFar = new HashMap<>();
		for (int i = 0; i < 600; i++) {
			Notification notification = notifications.get(i);
			// A batch's keyed rows take its first rounds in list order; its keyless ones,
			// inserted after them, the rounds that follow.
			long fairSeq = 0;
			if (notification.lane() == Lane.BULK && notification.idempotencyKey() != null) {
				fairSeq = keyedSoFar.merge(notification.batchId(), 1L, Long::sum) - 1;
			}
			else if (notification.lane() == Lane.BULK) {
				fairSeq = keyedPerBatch.getOrDefault(notification.batchId(), 0L)
						+ keylessSoFar.merge(notification.batchId(), 1L, Long::sum) - 1;
			}
			assertThat(stored.get(receipts.get(i).id())).as("row %d", i)
				.isEqualTo(columns(notification, notification.lane().code(), fairSeq));
		}
	}

	private static List<Object> columns(Notification notification, String lane, long fairSeq) {
		return Arrays.asList(notification.orderId(), notification.channel(), notification.template(),
				notification.recipient(), notification.message().subject(), notification.message().body(),
				notification.status(), notification.failureReason(), notification.sentAt(), notification.createdAt(),
				notification.batchId(), notification.idempotencyKey(), notification.attempts(),
				notification.nextAttemptAt(), lane, fairSeq);
	}

	@Test
	void insertsASingleNotificationUnlessItsKeyIsTaken() {
		Optional<Notification> first = insertUnlessKeyTaken(confirmation(1, T0, new Queueing(null, "single-1")));
		Optional<Notification> second = insertUnlessKeyTaken(confirmation(1, T0, new Queueing(null, "single-1")));
		Optional<Notification> keyless = insertUnlessKeyTaken(confirmation(1, T0));
		Optional<Notification> keylessAgain = insertUnlessKeyTaken(confirmation(1, T0));

		assertThat(first).isPresent();
		assertThat(second).isEmpty();
		assertThat(keyless).isPresent();
		assertThat(keylessAgain).isPresent();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void countsTheQueuePerLaneAndPerWaitingBatch() {
		this.repository.insert(confirmation(1, T0.plusSeconds(5)));
		this.repository.insert(confirmation(2, T0.plusSeconds(2)));
		for (int secondsAgo : new int[] { 0, 60, 61 }) {
			Notification sent = confirmation(3, T0);
			sent.markSent(T0.plusSeconds(100 - secondsAgo));
			this.repository.insert(sent);
		}
		Notification sentBulk = bulk("b0", 1);
		sentBulk.markSent(T0.plusSeconds(90));
		this.repository.insert(sentBulk);
		Notification failed = confirmation(4, T0);
		failed.markFailed("refused");
		this.repository.insert(failed);
		insertAll(bulk("b1", 1), bulk("b1", 2), bulk("b2", 1), bulk("b2", 2), bulk("b2", 3));

		QueueStatistics.Snapshot recent = this.statistics.snapshot(T0.plusSeconds(40));
		QueueStatistics.Snapshot later = this.statistics.snapshot(T0.plusSeconds(101));

		assertThat(recent.lanes()).containsExactly(
				entry(Lane.TRANSACTIONAL, new QueueStatistics.LaneCounts(2, T0.plusSeconds(2), 2)),
				entry(Lane.BULK, new QueueStatistics.LaneCounts(5, T0, 1)));
		assertThat(recent.failed()).isEqualTo(1);
		assertThat(recent.batches()).containsExactly(new QueueStatistics.BatchCounts("b2", 3, T0),
				new QueueStatistics.BatchCounts("b1", 2, T0));
		assertThat(later.lanes()).containsExactly(
				entry(Lane.TRANSACTIONAL, new QueueStatistics.LaneCounts(2, T0.plusSeconds(2), 0)),
				entry(Lane.BULK, new QueueStatistics.LaneCounts(5, T0, 0)));
	}

	@Test
	void countsAnEmptyQueueAsZerosInBothLanes() {
		QueueStatistics.Snapshot empty = this.statistics.snapshot(T0);

		assertThat(empty.lanes()).containsExactly(entry(Lane.TRANSACTIONAL, new QueueStatistics.LaneCounts(0, null, 0)),
				entry(Lane.BULK, new QueueStatistics.LaneCounts(0, null, 0)));
		assertThat(empty.failed()).isZero();
		assertThat(empty.batches()).isEmpty();
	}

	@Test
	void givesEachBatchConsecutiveRoundsFromTheLaneClockAndTransactionalOnesRoundZero() {
		insertAll(bulk("A", 1), bulk("B", 1), bulk("A", 2), single(1), bulk("A", 3), bulk("B", 2));
		this.jdbc.sql("UPDATE notification_lanes SET clock = 10").update();
		insertAll(bulk("B", 3), bulk("C", 1), bulk("A", 4));
		this.jdbc.sql("UPDATE notification_lanes SET clock = 11").update();
		insertAll(bulk("C", 2), bulk("C", 3));

		assertThat(lanesAndRounds()).containsExactly("A-1 bulk 0", "B-1 bulk 0", "A-2 bulk 1",
				"single-1 transactional 0", "A-3 bulk 2", "B-2 bulk 1", "B-3 bulk 10", "C-1 bulk 10", "A-4 bulk 10",
				"C-2 bulk 11", "C-3 bulk 12");
	}

	@Test
	void takesNoRoundsForKeysQueuedBefore() {
		insertAll(bulk("A", 1), bulk("A", 2));

		insertAll(bulk("A", 1), bulk("A", 2), bulk("A", 3));

		assertThat(lanesAndRounds()).containsExactly("A-1 bulk 0", "A-2 bulk 1", "A-3 bulk 2");
	}

	@Test
	void putsAnImportSummaryInTheTransactionalLane() {
		Notification summary = Notification.accept(new Content(1, key("IMPORT_SUMMARY", Channel.EMAIL, Language.JA),
				"admin@example.co.jp", new RenderedMessage("done", "done")), new Queueing("A", "A-summary"), T0);

		insertAll(summary);

		assertThat(lanesAndRounds()).containsExactly("A-summary transactional 0");
	}

	@Test
	void claimsFromTheLaneAskedFirstAndFallsBackToTheOther() {
		long bulkId = this.repository.insert(confirmation(1, T0, new Queueing("A", "A-1"))).id();
		long singleId = this.repository.insert(confirmation(2, T0.plusSeconds(1))).id();
		List<Lane> bulkFirst = List.of(Lane.BULK, Lane.TRANSACTIONAL);
		Instant now = T0.plusSeconds(5);
		Instant lease = now.plusSeconds(60);

		assertThat(this.queue.claimNext("node-a", bulkFirst, now, lease)).map(Notification::id).contains(bulkId);
		assertThat(this.queue.claimNext("node-a", bulkFirst, now, lease)).map(Notification::id).contains(singleId);
		assertThat(this.queue.claimNext("node-a", bulkFirst, now, lease)).isEmpty();
		assertThat(this.queue.claimNext("node-a", List.of(Lane.BULK), now, lease)).isEmpty();
	}

	@Test
	void claimsBatchesInTurnAndMovesTheLaneClockToTheRoundClaimed() {
		insertAll(bulk("A", 1), bulk("A", 2), bulk("A", 3), bulk("B", 1));
		insertAll(bulk("C", 1), bulk("C", 2));

		List<String> claimed = IntStream.range(0, 7)
			.mapToObj((i) -> this.queue.claimNext("node-a", List.of(Lane.BULK), T0, T0.plusSeconds(60)))
			.flatMap(Optional::stream)
			.map(Notification::idempotencyKey)
			.toList();

		assertThat(claimed).containsExactly("A-1", "B-1", "C-1", "A-2", "C-2", "A-3");
		assertThat(this.jdbc.sql("SELECT clock FROM notification_lanes WHERE lane = 'bulk'").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void saysWhetherAnythingCanBeClaimedNow() {
		assertThat(this.queue.hasClaimable(T0)).isFalse();
		this.repository.insert(confirmation(1, T0.plusSeconds(1)));

		assertThat(this.queue.hasClaimable(T0)).isFalse();
		assertThat(this.queue.hasClaimable(T0.plusSeconds(1))).isTrue();
		claim("node-a", T0.plusSeconds(1)).orElseThrow();
		assertThat(this.queue.hasClaimable(T0.plusSeconds(2))).isFalse();
	}

	/**
	 * Queues one notification as the single endpoints do: a bulk insert of one.
	 * @return the new notification, or empty when its key was taken
	 */
	private Optional<Notification> insertUnlessKeyTaken(Notification notification) {
		Receipt receipt = this.transactions.execute((status) -> this.repository.insertAll(List.of(notification)))
			.getFirst();
		return receipt.duplicate() ? Optional.empty() : this.repository.findById(receipt.id());
	}

	private void insertAll(Notification... notifications) {
		this.transactions.execute((status) -> this.repository.insertAll(List.of(notifications)));
	}

	private List<String> lanesAndRounds() {
		return this.jdbc.sql("SELECT idempotency_key, lane, fair_seq FROM notifications ORDER BY id")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3))
			.list();
	}

	static Notification bulk(String batch, int number) {
		return confirmation(number, T0, new Queueing(batch, batch + "-" + number));
	}

	private static Notification single(int number) {
		return confirmation(number, T0, new Queueing(null, "single-" + number));
	}

	@Test
	void findsNothingForAnUnknownId() {
		assertThat(this.repository.findById(Long.MAX_VALUE)).isEmpty();
		assertThat(this.repository.findByIdempotencyKey("no-such-key")).isEmpty();
	}

	@Test
	void listsTheNotificationsOfAnOrderOldestFirst() {
		long third = this.repository.insert(confirmation(42, T0.plusSeconds(2))).id();
		long first = this.repository.insert(confirmation(42, T0)).id();
		this.repository.insert(confirmation(43, T0.plusSeconds(1)));
		long second = this.repository.insert(confirmation(42, T0.plusSeconds(1))).id();

		assertThat(this.repository.findByOrderId(42)).extracting(Notification::id)
			.containsExactly(first, second, third);
		assertThat(this.repository.findByOrderId(44)).isEmpty();
	}

	@Test
	void pagesNewestFirstWithStatusAndBatchFiltersAndExactCounts() {
		for (int i = 0; i < 7; i++) {
			Notification notification = confirmation(100 + i, T0.plusSeconds(i),
					new Queueing((i < 4) ? "first" : "second", "page-" + i));
			if (i % 3 == 0) {
				notification.markFailed("refused");
			}
			else {
				notification.markSent(T0.plusSeconds(i));
			}
			this.repository.insert(notification);
		}

		assertThat(this.repository.count(NotificationFilter.ALL)).isEqualTo(7);
		assertThat(this.repository.count(NotificationFilter.status(DeliveryStatus.FAILED))).isEqualTo(3);
		assertThat(this.repository.count(NotificationFilter.status(DeliveryStatus.SENT))).isEqualTo(4);
		assertThat(this.repository.count(NotificationFilter.status(DeliveryStatus.PENDING))).isZero();
		assertThat(this.repository.count(new NotificationFilter(null, "first"))).isEqualTo(4);
		assertThat(this.repository.count(new NotificationFilter(DeliveryStatus.FAILED, "second"))).isEqualTo(1);
		assertThat(this.repository.findPage(NotificationFilter.ALL, 0, 3)).extracting(Notification::orderId)
			.containsExactly(106L, 105L, 104L);
		assertThat(this.repository.findPage(NotificationFilter.status(DeliveryStatus.FAILED), 1, 5))
			.extracting(Notification::orderId)
			.containsExactly(103L, 100L);
		assertThat(this.repository.findPage(new NotificationFilter(DeliveryStatus.SENT, "first"), 0, 5))
			.extracting(Notification::orderId)
			.containsExactly(102L, 101L);
		assertThat(this.repository.findPage(NotificationFilter.status(DeliveryStatus.SENT), 4, 5)).isEmpty();
	}

	@Test
	void readsTheSeededJapaneseTemplatesIntact() {
		Map<String, Object> data = Map.of("order_id", 42, "customer_name", "田中太郎", "total_amount", 183100, "item_count",
				2);

		assertThat(this.renderer.render(key("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA), data).subject())
			.isEqualTo("ご注文確認 — 注文番号 #42");
		assertThat(this.renderer.render(key("ORDER_SHIPPED", Channel.EMAIL, Language.JA), data).subject())
			.isEqualTo("発送のお知らせ — 注文番号 #42");
		assertThat(this.renderer.render(key("ORDER_CANCELLED", Channel.EMAIL, Language.JA), data).subject())
			.isEqualTo("ご注文キャンセルのお知らせ — 注文番号 #42");
		assertThat(this.renderer.render(key("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA), data).body())
			.startsWith("田中太郎 様\n\nこの度はご注文いただき誠にありがとうございます。")
			.contains("ご注文金額：183,100円");
	}

	@Test
	void seedsEveryTemplateByEmailAndSmsInJapaneseAndEnglish() {
		List<String> rows = this.jdbc
			.sql("SELECT name || '/' || channel || '/' || language FROM notification_templates ORDER BY 1")
			.query(String.class)
			.list();

		assertThat(rows).containsExactly("IMPORT_SUMMARY/email/en", "IMPORT_SUMMARY/email/ja", "IMPORT_SUMMARY/sms/en",
				"IMPORT_SUMMARY/sms/ja", "ORDER_CANCELLED/email/en", "ORDER_CANCELLED/email/ja",
				"ORDER_CANCELLED/sms/en", "ORDER_CANCELLED/sms/ja", "ORDER_CONFIRMATION/email/en",
				"ORDER_CONFIRMATION/email/ja", "ORDER_CONFIRMATION/sms/en", "ORDER_CONFIRMATION/sms/ja",
				"ORDER_SHIPPED/email/en", "ORDER_SHIPPED/email/ja", "ORDER_SHIPPED/sms/en", "ORDER_SHIPPED/sms/ja");
	}

	@Test
	void rendersEverySeededOrderTemplateWithTheSpecsSampleData() {
		Map<String, Object> data = Map.of("order_id", 1, "customer_name", "田中太郎", "total_amount", 183100, "currency",
				"JPY", "item_count", 2);
		for (String name : List.of("ORDER_CONFIRMATION", "ORDER_SHIPPED", "ORDER_CANCELLED")) {
			for (Channel channel : Channel.values()) {
				for (Language language : Language.values()) {
					RenderedMessage message = this.renderer.render(key(name, channel, language), data);
					assertThat(message.body()).as("%s %s %s", name, channel, language).contains("田中太郎").contains("1");
					assertThat(message.subject() != null).isEqualTo(channel == Channel.EMAIL);
				}
			}
		}
	}

	@Test
	void rendersTheJapaneseImportSummary() {
		RenderedMessage email = this.renderer.render(key("IMPORT_SUMMARY", Channel.EMAIL, Language.JA), summary());
		RenderedMessage sms = this.renderer.render(key("IMPORT_SUMMARY", Channel.SMS, Language.JA), summary());

		assertThat(email.subject()).isEqualTo("CSV一括取込完了のお知らせ — orders_202512.csv");
		assertThat(email.body()).startsWith("ご担当者様\n\nいつもご利用いただき誠にありがとうございます。\n").contains("""
				ファイル名：orders_202512.csv
				バッチID：import-20251201-0007
				取込結果の詳細：http://localhost:5173/imports/import-20251201-0007
				処理行数：1,200行
				成功：1,180行
				失敗：20行
				登録注文数：1,050件
				注文金額合計：98,765,400円
				""").endsWith("今後ともよろしくお願い申し上げます。\n");
		assertThat(sms.subject()).isNull();
		assertThat(sms.body()).isEqualTo("【一括取込完了】orders_202512.csvの取込が完了いたしました。全1,200行中、成功1,180行・失敗20行、"
				+ "注文1,050件（合計98,765,400円）。バッチID：import-20251201-0007");
	}

	@Test
	void rendersTheEnglishImportSummary() {
		RenderedMessage email = this.renderer.render(key("IMPORT_SUMMARY", Channel.EMAIL, Language.EN), summary());
		RenderedMessage sms = this.renderer.render(key("IMPORT_SUMMARY", Channel.SMS, Language.EN), summary());

		assertThat(email.subject()).isEqualTo("CSV import completed — orders_202512.csv");
		assertThat(email.body()).startsWith("Hello,\n\nYour CSV order import has finished.").contains("""
				File: orders_202512.csv
				Batch ID: import-20251201-0007
				Details: http://localhost:5173/imports/import-20251201-0007
				Rows processed: 1,200
				Succeeded: 1,180
				Failed: 20
				Orders created: 1,050
				Order total: ¥98,765,400
				""");
		assertThat(sms.body())
			.isEqualTo("Import of orders_202512.csv finished: 1,180 of 1,200 rows succeeded, 20 failed; "
					+ "1,050 orders, ¥98,765,400 in total (batch import-20251201-0007).");
	}

	private static Map<String, Object> summary() {
		return Map.of("batch_id", "import-20251201-0007", "filename", "orders_202512.csv", "total_rows", 1200,
				"success_rows", 1180, "failed_rows", 20, "order_count", 1050, "total_amount", "98765400", "job_url",
				"http://localhost:5173/imports/import-20251201-0007");
	}

	private Optional<Notification> claim(String claimant, Instant now) {
		return this.queue.claimNext(claimant, TRANSACTIONAL_FIRST, now, now.plus(Duration.ofMinutes(5)));
	}

	private long claimsHeld() {
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE claimed_by IS NOT NULL")
			.query(Long.class)
			.single();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TemplateKey key(String name, Channel channel, Language language) {
		return new TemplateKey(name, channel, language);
	}

	private static Notification confirmation(long orderId, Instant createdAt) {
		return confirmation(orderId, createdAt, Queueing.NONE);
	}

	private static Notification confirmation(long orderId, Instant createdAt, Queueing queueing) {
		return Notification.accept(new Content(orderId, key("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA),
				"tanaka@example.co.jp", new RenderedMessage("ご注文確認 — 注文番号 #" + orderId, "田中太郎 様\n183,100円")), queueing,
				createdAt);
	}

}
