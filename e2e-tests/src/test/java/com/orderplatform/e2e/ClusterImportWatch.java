package com.orderplatform.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Watches a cluster's imports in the order database every 100 ms, as both instances see
 * them: how many are running at once (validating or processing), and which instance holds
 * each job's claim over time. The database is the only place where "at once across both
 * instances" can be observed exactly.
 */
final class ClusterImportWatch implements AutoCloseable {

	private static final String RUNNING = "SELECT id, status, claimed_by, processed_rows FROM import_jobs"
			+ " WHERE status IN ('validating', 'processing')";

	private final Connection connection;

	private final AtomicInteger maxActive = new AtomicInteger();

	private final Set<String> owners = ConcurrentHashMap.newKeySet();

	private final List<Claim> claims = new CopyOnWriteArrayList<>();

	private final Thread poller;

	private volatile boolean stopped;

	private ClusterImportWatch(Connection connection) {
		this.connection = connection;
		this.poller = Thread.ofVirtual().name("cluster-import-watch").start(this::poll);
	}

	static ClusterImportWatch start(String jdbcUrl, String user) throws SQLException {
		return new ClusterImportWatch(DriverManager.getConnection(jdbcUrl, user, user));
	}

	int maxActive() {
		return this.maxActive.get();
	}

	/**
	 * @return the instance ids that held a running job's claim
	 */
	Set<String> owners() {
		return new HashSet<>(this.owners);
	}

	/**
	 * Waits for a job being imported (processing) that has passed the given row.
	 * @param rows rows processed at least
	 * @param timeout the longest wait
	 * @return the claim seen
	 */
	Claim awaitRunningJob(int rows, Duration timeout) {
		return await().atMost(timeout)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.claims.stream()
				.filter((claim) -> claim.status().equals("processing") && claim.processedRows() >= rows)
				.findFirst()
				.orElse(null), (claim) -> claim != null);
	}

	/**
	 * Waits until another instance than the victim's holds the victim's job.
	 * @param victim the claim of the instance that was killed
	 * @param timeout the longest wait
	 * @return the first claim of the job by another instance
	 */
	Claim awaitResumedElsewhere(Claim victim, Duration timeout) {
		return await().atMost(timeout)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.claims.stream()
				.filter((claim) -> claim.job().equals(victim.job()) && !victim.owner().equals(claim.owner())
						&& claim.seenAt().isAfter(victim.seenAt()))
				.findFirst()
				.orElse(null), (claim) -> claim != null);
	}

	private void poll() {
		Map<String, String> lastOwner = new ConcurrentHashMap<>();
		while (!this.stopped) {
			try (PreparedStatement statement = this.connection.prepareStatement(RUNNING);
					ResultSet rows = statement.executeQuery()) {
				int active = 0;
				Instant now = Instant.now();
				while (rows.next()) {
					active++;
					String job = rows.getString(1);
					String owner = rows.getString(3);
					if (owner != null) {
						this.owners.add(owner);
						Claim claim = new Claim(job, rows.getString(2), owner, rows.getInt(4), now);
						if (!owner.equals(lastOwner.put(job, owner)) || claim.status().equals("processing")) {
							this.claims.add(claim);
						}
					}
				}
				this.maxActive.accumulateAndGet(active, Math::max);
				Thread.sleep(100);
			}
			catch (SQLException ex) {
				if (!this.stopped) {
					throw new IllegalStateException("Cannot watch the imports", ex);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void close() throws SQLException, InterruptedException {
		this.stopped = true;
		this.poller.join(Duration.ofSeconds(5));
		this.connection.close();
	}

	/**
	 * One sighting of a running job.
	 *
	 * @param job its id
	 * @param status {@code validating} or {@code processing}
	 * @param owner the instance id holding its claim ({@code claimed_by})
	 * @param processedRows its progress
	 * @param seenAt when it was seen
	 */
	record Claim(String job, String status, String owner, int processedRows, Instant seenAt) {
	}

}
