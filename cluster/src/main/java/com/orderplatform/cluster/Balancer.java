package com.orderplatform.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx (Debian's package) in front of every service: one unprivileged nginx process, one
 * {@code server} per service on the service's usual port, round robin over its instances
 * with passive failover. Its configuration is generated from a template into the run
 * folder and checked with {@code nginx -t} before it starts; it stops with
 * {@code nginx -s quit}, which lets requests in flight finish.
 */
final class Balancer implements AutoCloseable {

	private static final String FAIL_TIMEOUT = "5s";

	private final Path nginx;

	private final Path config;

	private final Process process;

	private Balancer(Path nginx, Path config, Process process) {
		this.nginx = nginx;
		this.config = config;
		this.process = process;
	}

	/**
	 * Writes the configuration, checks it and starts nginx.
	 * @param runDir nginx's folder (configuration, pid file, temporary files)
	 * @param logDir where its error and access logs go
	 * @param upstreams per service, the port it listens on and the ports of its instances
	 * @param maxBodyMegabytes the largest request body it passes on
	 * @return the running balancer
	 */
	static Balancer start(Path runDir, Path logDir, Map<String, Upstream> upstreams, int maxBodyMegabytes) {
		Path nginx = Nginx.executable();
		try {
			Files.createDirectories(runDir);
			Files.createDirectories(logDir);
			Path config = runDir.resolve("nginx.conf");
			Files.writeString(config, configuration(runDir, logDir, upstreams, maxBodyMegabytes));
			Nginx.check(nginx, config, logDir.resolve("nginx.log"));
			Process process = new ProcessBuilder(nginx.toString(), "-e", "stderr", "-c", config.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("nginx.log").toFile()))
				.start();
			return new Balancer(nginx, config, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start nginx with " + runDir.resolve("nginx.conf"), ex);
		}
	}

	/**
	 * The configuration for the upstreams.
	 * @param runDir the run folder
	 * @param logDir the log folder
	 * @param upstreams per service, its port and its instances' ports
	 * @param maxBodyMegabytes the upload limit in MiB
	 * @return nginx.conf
	 */
	static String configuration(Path runDir, Path logDir, Map<String, Upstream> upstreams, int maxBodyMegabytes) {
		String serviceTemplate = template("nginx-service.conf");
		List<String> servers = new ArrayList<>();
		upstreams.forEach((service, upstream) -> servers.add(fill(serviceTemplate, Map.of("service", service, "port",
				Integer.toString(upstream.port()), "failTimeout", FAIL_TIMEOUT, "maxBody", (maxBodyMegabytes + 1) + "m",
				"instances",
				upstream.instancePorts()
					.stream()
					.map((port) -> "    server 127.0.0.1:" + port + " max_fails=1 fail_timeout=" + FAIL_TIMEOUT + ";")
					.collect(Collectors.joining("\n"))))));
		return fill(template("nginx.conf"), Map.of("run", runDir.toAbsolutePath().toString(), "logs",
				logDir.toAbsolutePath().toString(), "servers", String.join("\n", servers)));
	}

	/**
	 * The address a service is reached at through its balancer.
	 * @param upstream the service's upstream
	 * @return {@code http://127.0.0.1:<port>}
	 */
	static URI uri(Upstream upstream) {
		return URI.create("http://127.0.0.1:" + upstream.port());
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Asks nginx to stop after the requests in flight ({@code -s quit}), then waits. */
	@Override
	public void close() {
		try {
			new ProcessBuilder(this.nginx.toString(), "-e", "stderr", "-s", "quit", "-c", this.config.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor(10, TimeUnit.SECONDS);
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			this.process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private static String template(String name) {
		try (InputStream in = Balancer.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fill(String template, Map<String, String> values) {
		String filled = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace("${" + value.getKey() + "}", value.getValue());
		}
		return filled;
	}

	/**
	 * One service behind the balancer.
	 *
	 * @param port the port the balancer listens on for it
	 * @param instancePorts the ports of its instances
	 */
	record Upstream(int port, List<Integer> instancePorts) {
	}

}
