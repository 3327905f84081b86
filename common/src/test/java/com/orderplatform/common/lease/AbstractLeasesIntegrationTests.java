package com.orderplatform.common.lease;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.orderplatform.common.lease.Candidates.Takeover;
import com.orderplatform.common.storage.SqlDialect;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lease helper on a real database, one subclass per engine: a small work table,
 * claimers named A and B, and times moved by hand, so every lease boundary is exact.
 */
abstract class AbstractLeasesIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(30);

	private static final Candidates QUEUED = Candidates.where("state = :state", Map.of("state", "queued"));

	private HikariDataSource dataSource;

	private JdbcClient jdbc;

	private Leases leases;

	/**
	 * A new, empty database of the subclass's engine.
	 * @return a pool on it
	 */
	abstract HikariDataSource newDatabase();

	abstract SqlDialect expectedDialect();

	@BeforeEach
	void workTableWithFiveQueuedRows() {
		this.dataSource = newDatabase();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.jdbc.sql("""
				CREATE TABLE work_items (id BIGINT PRIMARY KEY, state VARCHAR(20) NOT NULL,
				                         claimed_by VARCHAR(200), claimed_until TIMESTAMP)""").update();
		for (long id = 1; id <= 5; id++) {
			this.jdbc.sql("INSERT INTO work_items (id, state) VALUES (:id, 'queued')").param("id", id).update();
		}
		this.leases = new Leases(this.jdbc, SqlDialect.of(this.dataSource), "work_items");
	}

	@AfterEach
	void closeDatabase() {
		this.dataSource.close();
	}

	@Test
	void tellsTheDialectFromTheConnection() {
		assertThat(SqlDialect.of(this.dataSource)).isEqualTo(expectedDialect());
	}

	@Test
	void claimsTheFirstFreeCandidateAndWritesItsOwnerAndLease() {
		Optional<Long> claimed = claimNext(QUEUED.orderBy("id DESC"), "A", T0);

		assertThat(claimed).contains(5L);
		assertThat(row(5)).isEqualTo(new Row("queued", "A", T0.plus(LEASE)));
		assertThat(row(4)).isEqualTo(new Row("queued", null, null));
	}

	@Test
	void claimsUpToTheLimitInOneStatementAndNothingWhenNoneIsLeft() {
		List<Long> first = claim(3, "A", T0);
		List<Long> rest = claim(10, "B", T0);
		List<Long> none = claim(10, "B", T0);

		assertThat(first).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(rest).containsExactlyInAnyOrder(4L, 5L);
		assertThat(none).isEmpty();
		assertThat(owners()).containsExactly("A", "A", "A", "B", "B");
	}

	@Test
	void neverHandsOneRowToTwoClaimers() throws Exception {
		for (long id = 6; id <= 200; id++) {
			this.jdbc.sql("INSERT INTO work_items (id, state) VALUES (:id, 'queued')").param("id", id).update();
		}
		CyclicBarrier start = new CyclicBarrier(4);
		List<CompletableFuture<List<Long>>> claimers = new ArrayList<>();
		for (String owner : List.of("A", "A2", "B", "B2")) {
			claimers.add(CompletableFuture.supplyAsync(() -> claimUntilNoneIsLeft(start, owner)));
		}

		List<Long> all = new ArrayList<>();
		for (CompletableFuture<List<Long>> claimer : claimers) {
			all.addAll(claimer.get());
		}

		assertThat(all).hasSize(200).doesNotHaveDuplicates();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM work_items WHERE claimed_by IS NULL").query(Long.class).single())
			.isZero();
	}

	@Test
	void keepsOthersOutUntilTheLeaseEndsAndThenLetsThemTakeItOver() {
		claimNext(QUEUED, "A", T0);

		Optional<Long> whileLive = claimNext(onlyRow(1), "B", T0.plus(LEASE).minusMillis(1));
		Optional<Long> atItsEnd = claimNext(onlyRow(1), "B", T0.plus(LEASE));

		assertThat(whileLive).isEmpty();
		assertThat(atItsEnd).contains(1L);
		assertThat(row(1)).isEqualTo(new Row("queued", "B", T0.plus(LEASE).plus(LEASE)));
		assertThat(this.leases.renew(1L, "A", T0.plus(Duration.ofHours(1)))).isFalse();
		assertThat(this.leases.release(1L, "A")).isFalse();
		assertThat(this.leases.finish(1L, "A", "state = 'done'", null, Map.of())).isFalse();
		assertThat(row(1)).isEqualTo(new Row("queued", "B", T0.plus(LEASE).plus(LEASE)));
	}

	@Test
	void renewingExtendsOnlyTheHoldersLease() {
		claimNext(onlyRow(1), "A", T0);

		boolean renewed = this.leases.renew(1L, "A", T0.plus(Duration.ofMinutes(2)));
		boolean renewedByAnother = this.leases.renew(1L, "B", T0.plus(Duration.ofHours(1)));

		assertThat(renewed).isTrue();
		assertThat(renewedByAnother).isFalse();
		assertThat(claimNext(onlyRow(1), "B", T0.plus(Duration.ofMinutes(2)).minusMillis(1))).isEmpty();
		assertThat(claimNext(onlyRow(1), "B", T0.plus(Duration.ofMinutes(2)))).contains(1L);
	}

	@Test
	void releasingLetsAnotherClaimAtOnce() {
		claimNext(onlyRow(1), "A", T0);
		Optional<Long> beforeRelease = claimNext(onlyRow(1), "B", T0);

		boolean released = this.leases.release(1L, "A");
		boolean releasedAgain = this.leases.release(1L, "A");

		assertThat(beforeRelease).isEmpty();
		assertThat(released).isTrue();
		assertThat(releasedAgain).isFalse();
		assertThat(row(1)).isEqualTo(new Row("queued", null, null));
		assertThat(claimNext(onlyRow(1), "B", T0)).contains(1L);
	}

	@Test
	void releasesEveryClaimOfOneInstanceAndNoOther() {
		claim(2, "A", T0);
		claim(1, "B", T0);

		int released = this.leases.releaseAll("A");

		assertThat(released).isEqualTo(2);
		assertThat(owners()).containsExactly(null, null, "B", null, null);
	}

	@Test
	void releasesEveryClaimOfOneInstanceButTheOnesItKeeps() {
		claim(3, "A", T0);
		claim(1, "B", T0);

		int released = this.leases.releaseAll("A", List.of(2L, 4L));
		int releasedKeepingNone = this.leases.releaseAll("B", List.of());

		assertThat(released).isEqualTo(2);
		assertThat(releasedKeepingNone).isEqualTo(1);
		assertThat(owners()).containsExactly(null, "A", null, null, null);
	}

	@Test
	void countsTheRowsHeldUntilTheirLeasesEnd() {
		claim(2, "A", T0);
		claimNext(onlyRow(3), "B", T0.plusSeconds(10));
		this.jdbc.sql("UPDATE work_items SET state = 'done' WHERE id = 2").update();

		int queuedHeldAtStart = this.leases.countHeld("state = :state", Map.of("state", "queued"), T0);
		int allHeldJustBeforeTheFirstLeasesEnd = this.leases.countHeld("1 = 1", Map.of(),
				T0.plus(LEASE).minusMillis(1));
		int allHeldAtItsEnd = this.leases.countHeld("1 = 1", Map.of(), T0.plus(LEASE));

		assertThat(queuedHeldAtStart).isEqualTo(2);
		assertThat(allHeldJustBeforeTheFirstLeasesEnd).isEqualTo(3);
		assertThat(allHeldAtItsEnd).isEqualTo(1);
	}

	@Test
	void letsNoMoreClaimersThanTheLimitHoldARowWhenTheyAllClaimAtOnce() throws Exception {
		ClaimLimit limit = new ClaimLimit(this.jdbc, SqlDialect.of(this.dataSource),
				new JdbcTransactionManager(this.dataSource), "work_items");
		int claimers = 8;
		CyclicBarrier start = new CyclicBarrier(claimers);
		List<CompletableFuture<Optional<Long>>> results = new ArrayList<>();
		for (int i = 0; i < claimers; i++) {
			String owner = "claimer-" + i;
			results.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return limit.exclusively(() -> {
					int held = this.leases.countHeld("1 = 1", Map.of(), T0);
					widenTheRace(this.jdbc);
					return (held < 3) ? claimNext(QUEUED, owner, T0) : Optional.<Long>empty();
				});
			}));
		}

		List<Long> claimed = new ArrayList<>();
		for (CompletableFuture<Optional<Long>> result : results) {
			result.get().ifPresent(claimed::add);
		}

		assertThat(claimed).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(this.leases.countHeld("1 = 1", Map.of(), T0)).isEqualTo(3);
	}

	@Test
	void keysTheLimitsLockByItsNameAlone() {
		assertThat(ClaimLimit.lockKey("import_jobs")).isEqualTo(ClaimLimit.lockKey("import_jobs"))
			.isNotEqualTo(ClaimLimit.lockKey("notifications"));
	}

	@Test
	void takesBackItsOwnLiveClaimOnlyWhenAskedTo() {
		claimNext(onlyRow(1), "A", T0);
		Candidates ownToo = onlyRow(1).takingOver(Takeover.EXPIRED_OR_HELD);

		Optional<Long> expiredOnly = claimNext(onlyRow(1), "A", T0.plusSeconds(1));
		Optional<Long> byAnother = claimNext(ownToo, "B", T0.plusSeconds(1));
		Optional<Long> byItself = claimNext(ownToo, "A", T0.plusSeconds(1));

		assertThat(expiredOnly).isEmpty();
		assertThat(byAnother).isEmpty();
		assertThat(byItself).contains(1L);
		assertThat(row(1)).isEqualTo(new Row("queued", "A", T0.plusSeconds(1).plus(LEASE)));
	}

	@Test
	void claimsARowNamedByIdOnlyWhileItIsStillACandidate() {
		this.jdbc.sql("UPDATE work_items SET state = 'done' WHERE id = 3").update();

		boolean first = this.leases.claim(2L, QUEUED, Lease.of("A", T0, LEASE));
		boolean second = this.leases.claim(2L, QUEUED, Lease.of("B", T0, LEASE));
		boolean notACandidate = this.leases.claim(3L, QUEUED, Lease.of("B", T0, LEASE));

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(notACandidate).isFalse();
		assertThat(owners()).containsExactly(null, "A", null, null, null);
	}

	@Test
	void setsTheCallersColumnsWithTheClaim() {
		Candidates starting = Candidates.where("state = :state", Map.of("state", "queued", "running", "running"))
			.alsoSetting("state = :running");

		Optional<Long> claimed = claimNext(starting, "A", T0);

		assertThat(claimed).contains(1L);
		assertThat(row(1)).isEqualTo(new Row("running", "A", T0.plus(LEASE)));
	}

	@Test
	void finishingWritesOnlyForTheHolderAndEndsTheLease() {
		claimNext(onlyRow(1), "A", T0);

		boolean byAnother = this.leases.finish(1L, "B", "state = :state", null, Map.of("state", "done"));
		boolean unmetCondition = this.leases.finish(1L, "A", "state = :state", "state = 'running'",
				Map.of("state", "done"));
		boolean progress = this.leases.updateHeld(1L, "A", "state = :state", "state = 'queued'",
				Map.of("state", "halfway"));
		boolean finished = this.leases.finish(1L, "A", "state = :state", "state = 'halfway'", Map.of("state", "done"));

		assertThat(byAnother).isFalse();
		assertThat(unmetCondition).isFalse();
		assertThat(progress).isTrue();
		assertThat(finished).isTrue();
		assertThat(row(1)).isEqualTo(new Row("done", null, null));
	}

	@Test
	void listsWhatAClaimCouldTakeInOrderWithoutClaimingIt() {
		claimNext(onlyRow(2), "A", T0);
		claimNext(onlyRow(4), "B", T0);
		this.jdbc.sql("UPDATE work_items SET state = 'done' WHERE id = 5").update();
		Candidates ownToo = QUEUED.orderBy("id DESC").takingOver(Takeover.EXPIRED_OR_HELD);

		List<Long> byA = this.leases.claimable(ownToo, 10, "A", T0.plusSeconds(1), Long.class);
		List<Long> expiredOnly = this.leases.claimable(QUEUED, 10, "A", T0.plusSeconds(1), Long.class);
		List<Long> atLeaseEnd = this.leases.claimable(QUEUED, 2, "C", T0.plus(LEASE), Long.class);

		assertThat(byA).containsExactly(3L, 2L, 1L);
		assertThat(expiredOnly).containsExactly(1L, 3L);
		assertThat(atLeaseEnd).containsExactly(1L, 2L);
		assertThat(owners()).containsExactly(null, "A", null, "B", null);
	}

	@Test
	void renewsTogetherWithTheHoldersWriteOnlyWhenItsConditionHolds() {
		claimNext(onlyRow(1), "A", T0);
		Instant later = T0.plus(Duration.ofMinutes(5));

		boolean byAnother = this.leases.renew(1L, "B", later, "state = :state", null, Map.of("state", "halfway"));
		boolean unmetCondition = this.leases.renew(1L, "A", later, "state = :state", "state = 'running'",
				Map.of("state", "halfway"));
		boolean renewed = this.leases.renew(1L, "A", later, "state = :state", "state = 'queued'",
				Map.of("state", "halfway"));

		assertThat(byAnother).isFalse();
		assertThat(unmetCondition).isFalse();
		assertThat(renewed).isTrue();
		assertThat(row(1)).isEqualTo(new Row("halfway", "A", later));
	}

	private List<Long> claimUntilNoneIsLeft(CyclicBarrier start, String owner) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		List<Long> mine = new ArrayList<>();
		Optional<Long> claimed;
		while ((claimed = claimNext(QUEUED, owner, T0)).isPresent()) {
			mine.add(claimed.get());
			assertThat(row(claimed.get()).claimedBy()).isEqualTo(owner);
		}
		return mine;
	}

	/**
	 * Holds the claimer between its count and its claim for a moment (on PostgreSQL), so
	 * that without the limit's lock every claimer would count before any claimed.
	 */
	abstract void widenTheRace(JdbcClient jdbc);

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Candidates onlyRow(long id) {
		return Candidates.where("id = :only", Map.of("only", id));
	}

	private Optional<Long> claimNext(Candidates candidates, String owner, Instant now) {
		return this.leases.claimNext(candidates, Lease.of(owner, now, LEASE), "id", (rs, row) -> rs.getLong("id"));
	}

	private List<Long> claim(int limit, String owner, Instant now) {
		return this.leases.claim(QUEUED, limit, Lease.of(owner, now, LEASE), "id", (rs, row) -> rs.getLong("id"));
	}

	private Row row(long id) {
		return this.jdbc.sql("SELECT state, claimed_by, claimed_until FROM work_items WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Row(rs.getString("state"), rs.getString("claimed_by"),
					instant(rs.getTimestamp("claimed_until"))))
			.single();
	}

	private List<String> owners() {
		return this.jdbc.sql("SELECT claimed_by FROM work_items ORDER BY id").query(String.class).list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Row(String state, String claimedBy, Instant claimedUntil) {
	}

}
