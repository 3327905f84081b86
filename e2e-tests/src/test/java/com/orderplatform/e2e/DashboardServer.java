package com.orderplatform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Serves the built dashboard ({@code dashboard/dist}) as {@code ./oms run} does: with
 * {@code vite preview} and the dashboard's own {@code vite.config.ts}, on 127.0.0.1. So
 * the browser sees the same security headers as users, and a {@code config.json} that
 * points it at the services of this test run (the server takes them from
 * {@code OMS_ORDER_URL}, {@code OMS_PAYMENT_URL} and {@code OMS_NOTIFICATION_URL}, and
 * its Content-Security-Policy allows exactly those). Output goes to
 * {@code target/e2e-logs/dashboard.log}.
 */
final class DashboardServer implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path logFile;

	DashboardServer(Path dashboard, int port, Platform platform) {
		this.port = port;
		this.logFile = Path.of(System.getProperty("e2e.log-dir", "target/e2e-logs")).resolve("dashboard.log");
		ProcessBuilder builder = new ProcessBuilder(System.getProperty("e2e.node", "node"),
				"node_modules/vite/bin/vite.js", "preview", "--host", "127.0.0.1", "--port", Integer.toString(port),
				"--strictPort")
			.directory(dashboard.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
		builder.environment().put("OMS_ORDER_URL", platform.order.baseUri().toString());
		builder.environment().put("OMS_PAYMENT_URL", platform.payment.baseUri().toString());
		builder.environment().put("OMS_NOTIFICATION_URL", platform.notification.baseUri().toString());
		try {
			Files.createDirectories(this.logFile.getParent());
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot serve the dashboard on port " + port, ex);
		}
		awaitReady();
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	private void awaitReady() {
		await().alias("the dashboard server to answer (log: " + this.logFile + ")")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(
							"The dashboard server exited with " + this.process.exitValue() + "; see " + this.logFile);
				}
				return answers();
			});
	}

	private boolean answers() throws InterruptedException {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create(url() + "/")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	@Override
	public void close() {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
