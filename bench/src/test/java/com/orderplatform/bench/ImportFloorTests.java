package com.orderplatform.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ImportFloorTests {

	/** The repository folder: the tests run in {@code bench/}. */
	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	@TempDir
	Path dir;

	@Test
	void writesTheRowsASuccessfulImportLeavesIntoFreshSqliteDatabases() throws SQLException {
		OrderCsvGenerator.GeneratedFile file = OrderCsvGenerator.write(BenchOptions.SEED, 1_000,
				this.dir.resolve("orders.csv"));
		List<OrderRow> generated = OrderCsvGenerator.firstRows(BenchOptions.SEED, 1_000, 1_000);
		List<Integer> validRowNumbers = new ArrayList<>();
		long validTotal = 0;
		for (int i = 0; i < generated.size(); i++) {
			if (generated.get(i).valid()) {
				validRowNumbers.add(i + 2);
				validTotal += generated.get(i).total();
			}
		}
		assertThat(file.validRows()).isEqualTo(validRowNumbers.size()).isBetween(950, 990);

		ImportFloor.Run run = ImportFloor.run(file.path(), "job-1",
				ImportFloor.Databases.sqlite(ROOT, this.dir.resolve("floor")));

		int valid = file.validRows();
		assertThat(run.rows()).isEqualTo(1_000);
		assertThat(run.orders()).isEqualTo(valid);
		assertThat(run.items()).isEqualTo(valid);
		assertThat(run.history()).isEqualTo(3L * valid);
		assertThat(run.payments()).isEqualTo(valid);
		assertThat(run.notifications()).isEqualTo(valid);
		assertThat(run.seconds()).isPositive();
		String orders = "jdbc:sqlite:" + this.dir.resolve("floor/order_service.db");
		assertThat(longs(orders,
				"SELECT import_row_number FROM orders WHERE batch_id = 'job-1' AND status = 'paid'"
						+ " ORDER BY import_row_number"))
			.containsExactlyElementsOf(validRowNumbers.stream().map(Integer::longValue).toList());
		assertThat(longs(orders, "SELECT order_count FROM order_stats WHERE status = 'paid'"))
			.containsExactly((long) valid);
		assertThat(longs(orders, "SELECT total_amount FROM order_stats")).containsExactly(validTotal);
		assertThat(longs(orders, "SELECT COUNT(*) FROM order_status_history WHERE to_status = 'paid'"))
			.containsExactly((long) valid);
		String payments = "jdbc:sqlite:" + this.dir.resolve("floor/payment_service.db");
		assertThat(longs(payments, "SELECT COUNT(*) FROM payments WHERE status = 'completed' AND batch_id = 'job-1'"))
			.containsExactly((long) valid);
		assertThat(longs(payments, "SELECT COUNT(*) FROM gateway_charges")).containsExactly((long) valid);
		assertThat(longs(payments, "SELECT SUM(amount) FROM payments")).containsExactly(validTotal);
		String notifications = "jdbc:sqlite:" + this.dir.resolve("floor/notification_service.db");
		assertThat(longs(notifications,
				"SELECT COUNT(*) FROM notifications WHERE status = 'pending' AND lane = 'bulk' AND batch_id = 'job-1'"))
			.containsExactly((long) valid);
		assertThat(longs(notifications, "SELECT next_seq FROM notification_batches WHERE batch_id = 'job-1'"))
			.containsExactly((long) valid);
	}

	@Test
	void writesIntoFreshPostgresDatabasesWithIdsFromTheOrdersSequence() throws SQLException {
		OrderCsvGenerator.GeneratedFile file = OrderCsvGenerator.write(BenchOptions.SEED, 2_500,
				this.dir.resolve("orders.csv"));

		ImportFloor.Databases databases = ImportFloor.Databases.postgres(ROOT);
		ImportFloor.Run run = ImportFloor.run(file.path(), "job-2", databases);

		int valid = file.validRows();
		assertThat(run.rows()).isEqualTo(2_500);
		assertThat(run.orders()).isEqualTo(valid);
		assertThat(run.items()).isEqualTo(valid);
		assertThat(run.history()).isEqualTo(3L * valid);
		assertThat(run.payments()).isEqualTo(valid);
		assertThat(run.notifications()).isEqualTo(valid);
		try (Connection connection = DriverManager.getConnection(databases.order().url(), "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT MIN(id), MAX(id), COUNT(DISTINCT id) FROM orders")) {
			rs.next();
			assertThat(rs.getLong(1)).isEqualTo(1);
			assertThat(rs.getLong(2)).isEqualTo(valid);
			assertThat(rs.getLong(3)).isEqualTo(valid);
		}
		try (Connection connection = DriverManager.getConnection(databases.payment().url(), "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT COUNT(*) FROM payments p JOIN gateway_charges g ON g.transaction_id = p.transaction_id"
								+ " AND g.order_id = p.order_id")) {
			rs.next();
			assertThat(rs.getLong(1)).isEqualTo(valid);
		}
	}

	@Test
	void schemasComeFromTheServicesMigrations() throws Exception {
		ImportFloor.Databases databases = ImportFloor.Databases.sqlite(ROOT, this.dir.resolve("floor"));

		String applied = "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL";
		assertThat(longs(databases.order().url(), applied)).containsExactly(migrations("order-service"));
		assertThat(longs(databases.payment().url(), applied)).containsExactly(migrations("payment-service"));
		assertThat(longs(databases.notification().url(), applied)).containsExactly(migrations("notification-service"));
		assertThat(migrations("order-service")).isGreaterThanOrEqualTo(8);
	}

	private static long migrations(String module) throws java.io.IOException {
		try (var files = java.nio.file.Files.list(ROOT.resolve(module).resolve("src/main/resources/db/migration"))) {
			return files.filter((file) -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
		}
	}

	@Test
	void refusesADatabaseThatIsNotFresh() {
		ImportFloor.Databases.sqlite(ROOT, this.dir.resolve("floor"));

		assertThatIllegalStateException()
			.isThrownBy(() -> ImportFloor.Databases.sqlite(ROOT, this.dir.resolve("floor")))
			.withMessageContaining("must be fresh");
	}

	private static List<Long> longs(String url, String sql) throws SQLException {
		List<Long> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getLong(1));
			}
		}
		return values;
	}

}
