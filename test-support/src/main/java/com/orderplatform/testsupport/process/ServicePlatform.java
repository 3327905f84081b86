package com.orderplatform.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The three services as real processes on free ports, sharing one data directory, each
 * told where the others are: the platform as {@code ./oms run} starts it, for tests and
 * the benchmark. Built with {@link #builder(Path)}; closing it stops the services and
 * deletes the data directory, unless the caller asks to keep it (a failed test's
 * databases help to find out why). A shutdown hook closes it too, so a JVM that ends
 * early (Ctrl-C, a test run that stops) leaves no service running.
 */
public final class ServicePlatform implements AutoCloseable {

	/** The services, in the order they are started and stopped. */
	public static final List<String> SERVICES = List.of("payment", "notification", "order");

	private final Map<String, List<ServiceProcess>> services;

	private final Path dataDir;

	private final BooleanSupplier keepData;

	private final Thread closeOnExit;

	private boolean closed;

	ServicePlatform(Map<String, List<ServiceProcess>> services, Path dataDir, BooleanSupplier keepData) {
		this.services = Map.copyOf(services);
		this.dataDir = dataDir;
		this.keepData = keepData;
		this.closeOnExit = new Thread(this::close, "service-platform-stop");
		Runtime.getRuntime().addShutdownHook(this.closeOnExit);
	}

	/**
	 * Starts describing a platform.
	 * @param dataDir its data directory ({@link #newDataDir(String)}), deleted on close
	 * @return the builder
	 */
	public static ServicePlatformBuilder builder(Path dataDir) {
		return new ServicePlatformBuilder(dataDir);
	}

	/**
	 * A fresh, empty data directory under the system's temporary folder.
	 * @param prefix the start of its name ({@code oms-e2e-data-})
	 * @return the directory
	 */
	public static Path newDataDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The order service (its first instance in a cluster).
	 * @return the process
	 */
	public ServiceProcess order() {
		return this.services.get("order").get(0);
	}

	public ServiceProcess payment() {
		return this.services.get("payment").get(0);
	}

	public ServiceProcess notification() {
		return this.services.get("notification").get(0);
	}

	/**
	 * Every instance of one service.
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @return its instances, the first first
	 */
	public List<ServiceProcess> instances(String service) {
		List<ServiceProcess> instances = this.services.get(service);
		if (instances == null) {
			throw new IllegalArgumentException("No service '" + service + "'; the services are " + SERVICES);
		}
		return instances;
	}

	/**
	 * Every instance of every service, in start order.
	 * @return payment, notification and order service (each instance of each)
	 */
	public List<ServiceProcess> all() {
		return SERVICES.stream().flatMap((service) -> this.services.get(service).stream()).toList();
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * Launches the first instance of every service and waits until each is healthy, then
	 * the others likewise: the first instances create the schemas and the first admin
	 * alone, so instances starting on one empty database do not race for them.
	 */
	void start() {
		try {
			List<ServiceProcess> first = SERVICES.stream().map((service) -> this.services.get(service).get(0)).toList();
			first.forEach(ServiceProcess::launch);
			first.forEach(ServiceProcess::awaitReady);
			List<ServiceProcess> others = all().stream().filter((instance) -> !first.contains(instance)).toList();
			others.forEach(ServiceProcess::launch);
			others.forEach(ServiceProcess::awaitReady);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Stops the services (SIGTERM) and deletes the data directory, or keeps it if the
	 * builder's condition says so (and says where). Does nothing the second time.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		all().forEach(ServiceProcess::stop);
		if (Thread.currentThread() != this.closeOnExit) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.closeOnExit);
			}
			catch (IllegalStateException ex) {
				// The JVM is exiting: the hook runs (or ran) anyway.
			}
		}
		if (this.keepData.getAsBoolean()) {
			System.err.println("Kept the platform's data directory for debugging: " + this.dataDir);
		}
		else {
			deleteRecursively(this.dataDir);
		}
	}

	/**
	 * Deletes a folder and everything in it; one that cannot be deleted is reported on
	 * standard error, not thrown.
	 * @param dir the folder, which may be missing
	 */
	public static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// Stopped services leave nothing open; a folder left in the temporary
			// directory is harmless, so it does not fail the run.
			System.err.println("Could not delete " + dir + ": " + ex);
		}
	}

}
