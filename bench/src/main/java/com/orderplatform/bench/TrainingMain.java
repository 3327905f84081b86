package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.orderplatform.bench.OrderCsvGenerator.GeneratedFile;
import com.orderplatform.testsupport.process.ServicePlatform;

/**
 * {@code ./oms run}'s training of the services' JVMs ({@link JvmTraining}), run by
 * {@code scripts/run-platform.sh} before the platform starts, when this build's services
 * have no AOT cache for this JDK or {@code --retrain} asks for new ones. It generates its
 * files in a temporary folder (deleted at the end), trains, and exits 0 once every
 * service has its cache, 1 when one has none (the services' logs say why), 2 on wrong
 * arguments.
 * <p>
 * Arguments: {@code --root=DIR} (the repository, whose services' jars are built) and
 * {@code --logs=DIR} (where the training platform's services log).
 */
public final class TrainingMain {

	/** How long one of the training's imports may take. */
	private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);

	private TrainingMain() {
	}

	public static void main(String[] args) {
		Path root = null;
		Path logs = null;
		for (String arg : args) {
			if (arg.startsWith("--root=")) {
				root = Path.of(arg.substring("--root=".length())).toAbsolutePath();
			}
			else if (arg.startsWith("--logs=")) {
				logs = Path.of(arg.substring("--logs=".length())).toAbsolutePath();
			}
		}
		if (root == null || logs == null || args.length != 2) {
			System.err.println("training: usage: TrainingMain --root=DIR --logs=DIR");
			System.exit(2);
			return;
		}
		System.exit(train(root, logs) ? 0 : 1);
	}

	private static boolean train(Path root, Path logs) {
		if (!RunnableJars.aotCacheSupported()) {
			System.err.println("training: AOT caches need JDK 25 or newer; this is " + Runtime.version());
			return false;
		}
		long start = System.nanoTime();
		Path files = temporaryFolder();
		try {
			GeneratedFile small = OrderCsvGenerator.write(BenchOptions.SEED + 1, BenchOptions.WARM_UP,
					files.resolve("training-small.csv"));
			GeneratedFile training = OrderCsvGenerator.write(BenchOptions.SEED + 2, BenchOptions.SMALL,
					files.resolve("training.csv"));
			System.out.println("training: " + JvmTraining.WORKLOAD + "; its services log to " + logs);
			List<String> missing = new JvmTraining(root, logs, IMPORT_TIMEOUT).run(small, training, (step) -> System.out
				.println(String.format(Locale.ROOT, "training (%3.0f s): %s", ImportBench.seconds(start), step)));
			if (!missing.isEmpty()) {
				System.err.println("training: no AOT cache written by " + String.join(", ", missing) + "; see " + logs);
				return false;
			}
			System.out.println(String.format(Locale.ROOT, "training: done in %.0f s; each service has its AOT cache",
					ImportBench.seconds(start)));
			return true;
		}
		catch (RuntimeException ex) {
			System.err.println("training: failed: " + ex.getMessage() + "; see " + logs);
			return false;
		}
		finally {
			ServicePlatform.deleteRecursively(files);
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("oms-training-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
