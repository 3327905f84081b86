package com.orderplatform.e2e;

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

import static org.awaitility.Awaitility.await;

/**
 * One service of the platform running as a real JVM process from its runnable jar, on its
 * own port, logging to a file. Can be stopped and started again on the same port and
 * data.
 */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path jar;

	private final int port;

	private final Map<String, String> environment;

	private final Path logFile;

	private Process process;

	ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path logDir) {
		this.name = name;
		this.jar = jar;
		this.port = port;
		this.environment = environment;
		this.logFile = logDir.resolve(name + ".log");
	}

	String name() {
		return this.name;
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	Path logFile() {
		return this.logFile;
	}

	/**
	 * The environment the next {@link #launch()} uses; change it to restart the service
	 * with other settings.
	 * @return the mutable environment
	 */
	Map<String, String> environment() {
		return this.environment;
	}

	boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** Launches the process without waiting for it to be ready. */
	void launch() {
		if (!Files.isRegularFile(this.jar)) {
			throw new IllegalStateException("No runnable jar for " + this.name + " at " + this.jar
					+ "; run the build with 'verify' so the services are packaged first");
		}
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "--enable-native-access=ALL-UNNAMED",
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", this.jar.toString()));
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
	 * Waits until the service reports itself healthy, failing fast if the process died.
	 */
	void awaitReady() {
		await().dontCatchUncaughtExceptions()
			.alias(this.name + " to become healthy (log: " + this.logFile + ")")
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(
							this.name + " exited with code " + this.process.exitValue() + "; see " + this.logFile);
				}
				return isHealthy();
			});
	}

	/** Stops the process gracefully (SIGTERM) and waits for it to exit. */
	void stop() {
		if (this.process == null || !this.process.isAlive()) {
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

	/** Kills the process at once (SIGKILL), as a crash or an OOM killer would. */
	void kill() {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
