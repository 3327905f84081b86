package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One service running as a real JVM process from its runnable jar, on its own port,
 * logging to a file. Adapted from the e2e tests' launcher (which stays where it is), with
 * per-service JVM options and without test libraries.
 */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path jar;

	private final int port;

	private final Map<String, String> environment;

	private final List<String> jvmOptions;

	private final Path logFile;

	private final Path extractDir;

	private Process process;

	ServiceProcess(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
			Path logDir, Path extractDir) {
		this.name = name;
		this.jar = jar;
		this.extractDir = extractDir;
		this.port = port;
		this.environment = environment;
		this.jvmOptions = jvmOptions;
		this.logFile = logDir.resolve(name + ".log");
	}

	String name() {
		return this.name;
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	long pid() {
		return this.process.pid();
	}

	Path logFile() {
		return this.logFile;
	}

	/** Launches the process without waiting for it to be ready. */
	void launch() {
		if (!Files.isRegularFile(this.jar)) {
			throw new IllegalStateException(
					"No runnable jar for " + this.name + " at " + this.jar + "; build first (./oms bench builds)");
		}
		Path runnable = extracted();
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "--enable-native-access=ALL-UNNAMED"));
		// Class-data sharing from an archive the first start writes and later starts
		// reuse
		// (as ./oms run does): start-up takes about 40% less time.
		command.addAll(
				List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + runnable.resolveSibling("bench.jsa"),
						"-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		command.addAll(this.jvmOptions);
		command.addAll(List.of("-jar", runnable.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
		builder.environment().putAll(this.environment);
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name, ex);
		}
	}

	/**
	 * The runnable jar extracted (once per build of it) next to the benchmark's classes,
	 * as class-data sharing needs.
	 */
	private Path extracted() {
		Path dir = this.extractDir.resolve(this.name);
		Path marker = dir.resolve(".extracted");
		try {
			if (!Files.exists(marker)
					|| Files.getLastModifiedTime(this.jar).compareTo(Files.getLastModifiedTime(marker)) > 0) {
				Process extract = new ProcessBuilder(javaExecutable(), "-Djarmode=tools", "-jar", this.jar.toString(),
						"extract", "--force", "--destination", dir.toString())
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()))
					.start();
				if (extract.waitFor() != 0) {
					throw new IllegalStateException("Cannot extract " + this.jar + "; see " + this.logFile);
				}
				Files.deleteIfExists(dir.resolve("bench.jsa"));
				Files.writeString(marker, "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		return dir.resolve(this.jar.getFileName());
	}

	/**
	 * Waits until the service reports itself healthy, failing fast if the process died.
	 * @param timeout how long to wait
	 */
	void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!isHealthy()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with code " + this.process.exitValue() + "; see " + this.logFile);
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(this.name + " not healthy after " + timeout + "; see " + this.logFile);
			}
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
	}

	boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** Stops the process gracefully (SIGTERM) and waits for it to exit. */
	void stop() {
		if (!isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private boolean isHealthy() {
		HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
