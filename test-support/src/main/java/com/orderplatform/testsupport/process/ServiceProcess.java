package com.orderplatform.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One service running as a real JVM process from its runnable jar, on its own port,
 * appending its output to {@code <logDir>/<name>.log}. It can be stopped gracefully
 * (SIGTERM) or killed (SIGKILL), and started again on the same port and data, with the
 * same or a changed environment: what the fault suite does to a service, and what the
 * benchmark needs to measure one (its process id).
 */
public final class ServiceProcess {

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final String name;

	/** The ports {@link #freePort()} has given out. */
	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private final Path jar;

	private final int port;

	private final Map<String, String> environment;

	private final List<String> jvmOptions;

	private final Path logFile;

	private final Duration startTimeout;

	private boolean inheritSettings = true;

	private Process process;

	/**
	 * Describes a service; nothing runs until {@link #launch()}.
	 * @param name the service's name, also its log file's
	 * @param jar its runnable jar
	 * @param port the port it listens on (its environment must say so)
	 * @param environment the variables set over this JVM's environment
	 * @param jvmOptions options before {@code -jar} (heap, GC log, class-data sharing)
	 * @param logDir where its log file goes
	 * @param startTimeout how long {@link #awaitReady()} waits for it to become healthy
	 */
	public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
			Path logDir, Duration startTimeout) {
		this.name = name;
		this.jar = jar;
		this.port = port;
		this.environment = new HashMap<>(environment);
		this.jvmOptions = List.copyOf(jvmOptions);
		this.logFile = logDir.resolve(name + ".log");
		this.startTimeout = startTimeout;
	}

	public String name() {
		return this.name;
	}

	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	public Path logFile() {
		return this.logFile;
	}

	/**
	 * The environment the next {@link #launch()} uses: change it and restart to run the
	 * service with other settings.
	 * @return the mutable environment
	 */
	public Map<String, String> environment() {
		return this.environment;
	}

	/**
	 * The running process's id, for what only the operating system tells (its RSS).
	 * @return the id
	 */
	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * The command line {@link #launch()} runs.
	 * @return the java executable, the options, {@code -jar} and the jar
	 */
	List<String> command() {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "--enable-native-access=ALL-UNNAMED"));
		command.addAll(this.jvmOptions);
		command.addAll(List.of("-jar", this.jar.toString()));
		return command;
	}

	/**
	 * Makes the service start without the platform's settings ({@code OMS_*} variables)
	 * this JVM inherited: only its own {@link #environment()} sets any. For platforms of
	 * generated data (the benchmark, the JVMs' training), which must not follow a
	 * database URL, a bucket or a limit meant for the platform the user runs.
	 * @return this service
	 */
	public ServiceProcess withoutInheritedSettings() {
		this.inheritSettings = false;
		return this;
	}

	/** Launches the process without waiting for it to be ready. */
	public void launch() {
		ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
		if (!this.inheritSettings) {
			builder.environment().keySet().removeIf((variable) -> variable.startsWith("OMS_"));
		}
		builder.environment().putAll(this.environment);
		try {
			Files.createDirectories(this.logFile.getParent());
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name, ex);
		}
	}

	/**
	 * Waits until the service reports itself ready (its readiness probe {@code /readyz}
	 * says {@code UP}), failing at once if the process exits meanwhile.
	 */
	public void awaitReady() {
		await().dontCatchUncaughtExceptions()
			.alias(this.name + " to become healthy (log: " + this.logFile + ")")
			.atMost(this.startTimeout)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(
							this.name + " exited with code " + this.process.exitValue() + "; see " + this.logFile);
				}
				return HealthCheck.isHealthy(baseUri());
			});
	}

	/**
	 * Stops the process and starts it again on the same port, with the environment as it
	 * is now, and waits until it is healthy.
	 */
	public void restart() {
		stop();
		launch();
		awaitReady();
	}

	/**
	 * Stops the process gracefully (SIGTERM), as an operator or a redeploy would, and
	 * waits for it to exit; kills it if it has not after 30 s.
	 */
	public void stop() {
		if (!isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	/** Kills the process at once (SIGKILL), as a crash or the OOM killer would. */
	public void kill() {
		if (!isAlive()) {
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

	/**
	 * The exit code of the last run.
	 * @return the code (143 after {@link #stop()} of a JVM, 137 after {@link #kill()})
	 * @throws IllegalStateException if it has not run or still runs
	 */
	public int exitValue() {
		if (this.process == null) {
			throw new IllegalStateException(this.name + " has not been launched");
		}
		return this.process.exitValue();
	}

	/**
	 * A port nothing listens on now and that this JVM has not handed out before. The
	 * kernel may give the same free port to two requests in a row (a platform once got
	 * one port for two services, both of which bound it), so ports given out stay taken.
	 * @return the port
	 */
	public static int freePort() {
		while (true) {
			try (ServerSocket socket = new ServerSocket(0)) {
				int port = socket.getLocalPort();
				if (HANDED_OUT.add(port)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
