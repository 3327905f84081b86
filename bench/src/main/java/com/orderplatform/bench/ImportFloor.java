package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The floor of the bulk import (issue #14): the fastest honest way to put the same rows
 * into the same tables, measured on the same file. The file is read with the import's CSV
 * library (FastCSV); rows whose total is outside the payment limits (the ones the import
 * rejects) are skipped; the others are written by {@link FloorWrites} in chunks of
 * {@value #CHUNK} into fresh databases of the same kind, whose schemas the services' own
 * migrations made ({@link FloorDatabase}): one JDBC connection per database, batched
 * inserts (PostgreSQL: {@code reWriteBatchedInserts=true}), one transaction per database
 * and chunk, and the three databases written in parallel, each by its own thread: a
 * chunk's payments and confirmations start as soon as its orders (and their ids) are
 * committed, while the next chunk's orders are written. No HTTP, no validation, no
 * staging, no status updates: every row is written once, in its final state.
 * <p>
 * Timed from the file's first byte to the last commit; connections are opened and schemas
 * made before.
 */
final class ImportFloor {

	/** Rows per transaction, the import's chunk size. */
	static final int CHUNK = 1_000;

	private ImportFloor() {
	}

	/**
	 * The three fresh databases one floor run writes into.
	 *
	 * @param order the order service's
	 * @param payment the payment service's
	 * @param notification the notification service's
	 */
	record Databases(FloorDatabase order, FloorDatabase payment, FloorDatabase notification) {

		/**
		 * New SQLite files, migrated.
		 * @param root the repository folder
		 * @param dir a folder for the files (created if missing)
		 * @return the databases
		 */
		static Databases sqlite(Path root, Path dir) {
			Path folder = Benchmark.createDirectories(dir);
			return new Databases(FloorDatabase.sqlite(root, "order-service", folder.resolve("order_service.db")),
					FloorDatabase.sqlite(root, "payment-service", folder.resolve("payment_service.db")),
					FloorDatabase.sqlite(root, "notification-service", folder.resolve("notification_service.db")));
		}

		/**
		 * New databases in the embedded PostgreSQL server, migrated.
		 * @param root the repository folder
		 * @return the databases
		 */
		static Databases postgres(Path root) {
			return new Databases(FloorDatabase.postgres(root, "order-service"),
					FloorDatabase.postgres(root, "payment-service"),
					FloorDatabase.postgres(root, "notification-service"));
		}

	}

	/**
	 * One floor run.
	 *
	 * @param seconds the file's first byte → the last commit
	 * @param rows the file's data rows
	 * @param orders orders written (the rows the import accepts)
	 * @param items order items written
	 * @param history status history rows written
	 * @param payments payments written
	 * @param notifications notifications queued
	 */
	record Run(double seconds, long rows, long orders, long items, long history, long payments, long notifications) {
	}

	/**
	 * Writes the file's valid rows into the databases, as a successful import with
	 * {@code notify=per_order} leaves them.
	 * @param file the import file (UTF-8, header first, the generator's columns)
	 * @param batchId the batch (an import's job id)
	 * @param databases fresh databases
	 * @return the time and what was written, counted in the databases
	 */
	static Run run(Path file, String batchId, Databases databases) {
		Instant at = Instant.now();
		String csvSource = file.getFileName().toString();
		ExecutorService orderThread = Executors.newSingleThreadExecutor();
		ExecutorService paymentThread = Executors.newSingleThreadExecutor();
		ExecutorService notificationThread = Executors.newSingleThreadExecutor();
		try (Connection order = databases.order().connect();
				Connection payment = databases.payment().connect();
				Connection notification = databases.notification().connect()) {
			long start = System.nanoTime();
			List<CompletableFuture<?>> writes = new ArrayList<>();
			long[] rows = new long[1];
			long[] seq = new long[1];
			read(file, rows, (chunk) -> {
				CompletableFuture<long[]> ids = CompletableFuture.supplyAsync(
						() -> sql(() -> FloorWrites.orders(order, chunk, batchId, csvSource, at)), orderThread);
				long firstSeq = seq[0];
				seq[0] += chunk.rows().size();
				writes.add(ids.thenAcceptAsync(
						(chunkIds) -> write(() -> FloorWrites.payments(payment, chunk, chunkIds, batchId, at)),
						paymentThread));
				writes.add(ids.thenAcceptAsync(
						(chunkIds) -> write(
								() -> FloorWrites.notifications(notification, chunk, chunkIds, batchId, firstSeq, at)),
						notificationThread));
			});
			CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
			double seconds = ImportBench.seconds(start);
			return new Run(seconds, rows[0], count(order, "orders"), count(order, "order_items"),
					count(order, "order_status_history"), count(payment, "payments"),
					count(notification, "notifications"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The floor could not write " + file + ": " + ex.getMessage(), ex);
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The floor could not write " + file + ": " + ex.getCause().getMessage(),
					ex.getCause());
		}
		finally {
			orderThread.shutdownNow();
			paymentThread.shutdownNow();
			notificationThread.shutdownNow();
		}
	}

	/**
	 * Reads the file with FastCSV and hands over its valid rows in chunks.
	 * @param rows receives the number of data rows read
	 */
	private static void read(Path file, long[] rows, java.util.function.Consumer<FloorWrites.Chunk> chunks) {
		List<OrderRow> chunk = new ArrayList<>(CHUNK);
		List<Integer> numbers = new ArrayList<>(CHUNK);
		int rowNumber = 0;
		try (CsvReader<CsvRecord> records = CsvReader.builder()
			.ofCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			for (CsvRecord record : records) {
				rowNumber++;
				if (rowNumber == 1) {
					continue;
				}
				rows[0]++;
				OrderRow row = valid(record);
				if (row != null) {
					chunk.add(row);
					numbers.add(rowNumber);
				}
				if (chunk.size() == CHUNK) {
					chunks.accept(new FloorWrites.Chunk(List.copyOf(chunk), List.copyOf(numbers)));
					chunk.clear();
					numbers.clear();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		if (!chunk.isEmpty()) {
			chunks.accept(new FloorWrites.Chunk(List.copyOf(chunk), List.copyOf(numbers)));
		}
	}

	/**
	 * The row if the import accepts it: numbers that parse and a total within the payment
	 * limits (the only thing the generated files get wrong on purpose).
	 */
	private static OrderRow valid(CsvRecord record) {
		try {
			OrderRow row = new OrderRow(record.getField(0), record.getField(1), record.getField(2),
					Integer.parseInt(record.getField(3)), Long.parseLong(record.getField(4)), record.getField(6));
			return (row.quantity() > 0 && row.valid()) ? row : null;
		}
		catch (NumberFormatException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static <T> T sql(SqlWork<T> work) {
		try {
			return work.run();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static void write(SqlAction action) {
		sql(() -> {
			action.run();
			return null;
		});
	}

	@FunctionalInterface
	private interface SqlWork<T> {

		T run() throws SQLException;

	}

	@FunctionalInterface
	private interface SqlAction {

		void run() throws SQLException;

	}

}
