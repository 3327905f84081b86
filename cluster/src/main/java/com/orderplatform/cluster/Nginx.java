package com.orderplatform.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds Debian's nginx and checks a configuration with it before it is used, so a mistake
 * shows as nginx's own message instead of a balancer that never answers.
 */
final class Nginx {

	private static final Path DEBIAN = Path.of("/usr/sbin/nginx");

	private Nginx() {
	}

	/**
	 * nginx at {@code /usr/sbin/nginx} or on the {@code PATH}.
	 * @return the executable
	 * @throws IllegalStateException naming the package to install, if there is none
	 */
	static Path executable() {
		if (Files.isExecutable(DEBIAN)) {
			return DEBIAN;
		}
		Optional<Path> onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
			.filter((dir) -> !dir.isEmpty())
			.map((dir) -> Path.of(dir, "nginx"))
			.filter(Files::isExecutable)
			.findFirst();
		return onPath.orElseThrow(() -> new IllegalStateException(
				"nginx is needed as the cluster's load balancer and was found neither at " + DEBIAN
						+ " nor on the PATH; install it (Debian/Ubuntu: 'sudo apt-get install nginx-light')"));
	}

	/**
	 * Runs {@code nginx -t} on the file.
	 * @param nginx the executable
	 * @param config the configuration
	 * @param log where nginx's answer is appended
	 * @throws IllegalStateException with nginx's answer if the file is wrong
	 */
	static void check(Path nginx, Path config, Path log) {
		try {
			Process test = new ProcessBuilder(nginx.toString(), "-e", "stderr", "-t", "-c", config.toString())
				.redirectErrorStream(true)
				.start();
			String answer = new String(test.getInputStream().readAllBytes());
			Files.writeString(log, answer, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			if (test.waitFor() != 0) {
				throw new IllegalStateException("nginx rejects " + config + ":\n" + answer);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run " + nginx, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking " + config, ex);
		}
	}

}
