package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import com.orderplatform.common.storage.SqlDialect;
import com.orderplatform.common.storage.SqlDialectPlaceholders;
import com.orderplatform.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send pace on the database's clock, as the service keeps it: two instances whose own
 * clocks are six seconds apart share one database and still take their permits at least
 * one interval apart, in turns, at the rate and no faster. On each instance's own clock,
 * one would take permits long before the other could (its "now" is seconds later), and
 * the other's first permit would come right after one of the first's.
 */
class PaceOnDatabaseClockIntegrationTests {

	private static final Duration INTERVAL = Duration.ofMillis(101);

	private static final Duration SKEW = Duration.ofSeconds(3);

	@Test
	void twoInstancesWithClocksSecondsApartKeepTheIntervalOnPostgres() throws Exception {
		String url = TestDatabases.newPostgresDatabase("notification_pace");
		DataSource dataSource = new DriverManagerDataSource(url, "postgres", "postgres");

		sharePaceAcrossSkewedInstances(dataSource, 30);
	}

	@Test
	void twoInstancesWithClocksSecondsApartKeepTheIntervalOnSqlite() throws Exception {
		String url = "jdbc:sqlite:" + TestDatabases.newSqliteFile("notification_pace")
				+ TestDatabases.SQLITE_PARAMETERS;
		DataSource dataSource = new DriverManagerDataSource(url);

		sharePaceAcrossSkewedInstances(dataSource, 20);
	}

	private void sharePaceAcrossSkewedInstances(DataSource dataSource, int permits) throws Exception {
		migrate(dataSource);
		PaceTime databaseTime = PaceTime.database(SqlDialect.of(dataSource));
		Clock ahead = Clock.offset(Clock.systemUTC(), SKEW);
		Clock behind = Clock.offset(Clock.systemUTC(), SKEW.negated());
		List<Taken> taken = new CopyOnWriteArrayList<>();
		AtomicInteger left = new AtomicInteger(permits);
		long started = System.nanoTime();

		CompletableFuture<Void> first = takeAll("ahead", pacer(dataSource, databaseTime, ahead), left, taken);
		CompletableFuture<Void> second = takeAll("behind", pacer(dataSource, databaseTime, behind), left, taken);
		CompletableFuture.allOf(first, second).get();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

		List<Taken> inOrder = taken.stream().sorted(Comparator.comparingLong((t) -> t.permit().number())).toList();
		assertThat(inOrder).hasSizeGreaterThanOrEqualTo(permits)
			.extracting((t) -> t.permit().number())
			.isEqualTo(LongStream.rangeClosed(1, inOrder.size()).boxed().toList());
		for (int i = 1; i < inOrder.size(); i++) {
			assertThat(Duration.between(inOrder.get(i - 1).permit().grantedAt(), inOrder.get(i).permit().grantedAt()))
				.as("between permits %d and %d", i, i + 1)
				.isGreaterThanOrEqualTo(INTERVAL);
		}
		assertThat(inOrder.getFirst().permit().grantedAt()).as("the database's time, not a skewed instance's")
			.isBetween(Instant.now().minus(elapsed).minusSeconds(1), Instant.now().plusSeconds(1));
		assertThat(elapsed).isGreaterThanOrEqualTo(INTERVAL.multipliedBy(inOrder.size() - 1));

		takeTurns(pacer(dataSource, databaseTime, behind), pacer(dataSource, databaseTime, ahead));
	}

	/**
	 * The instances take three permits each in turn, four times: each turn starts within
	 * an interval or so of the last permit, not six seconds later, and never earlier.
	 */
	private static void takeTurns(SendPacer behind, SendPacer ahead) throws InterruptedException {
		List<SendPacer.Permit> permits = new ArrayList<>();
		long started = System.nanoTime();
		for (SendPacer pacer : List.of(behind, ahead, behind, ahead)) {
			for (int i = 0; i < 3; i++) {
				permits.add(pacer.awaitTurn(() -> false).orElseThrow());
			}
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

		for (int i = 1; i < permits.size(); i++) {
			assertThat(Duration.between(permits.get(i - 1).grantedAt(), permits.get(i).grantedAt()))
				.as("between turn permits %d and %d", i, i + 1)
				.isGreaterThanOrEqualTo(INTERVAL);
		}
		assertThat(elapsed).isGreaterThanOrEqualTo(INTERVAL.multipliedBy(11))
			.isLessThan(INTERVAL.multipliedBy(12).plus(SKEW));
	}

	private static CompletableFuture<Void> takeAll(String instance, SendPacer pacer, AtomicInteger left,
			List<Taken> taken) {
		return CompletableFuture.runAsync(() -> {
			try {
				while (left.get() > 0) {
					pacer.awaitTurn(() -> left.get() <= 0).ifPresent((permit) -> {
						taken.add(new Taken(instance, permit));
						left.decrementAndGet();
					});
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
	}

	private static SendPacer pacer(DataSource dataSource, PaceTime time, Clock clock) {
		DispatchProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("oms.notifications.rate-limit-per-second", "10")))
			.bindOrCreate("oms.notifications", DispatchProperties.class);
		return new SendPacer(JdbcClient.create(dataSource), time, clock, new ClockSleeper(clock), properties);
	}

	private static void migrate(DataSource dataSource) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration");
		new SqlDialectPlaceholders().customize(configuration);
		configuration.load().migrate();
	}

	private record Taken(String instance, SendPacer.Permit permit) {
	}

}
