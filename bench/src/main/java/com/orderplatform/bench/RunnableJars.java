package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The services' runnable jars extracted (once per build of each) into
 * {@code bench/target/run/}, and the JVM options that start them with class-data sharing
 * from an archive the first start writes and later starts reuse, as {@code ./oms run}
 * does: start-up takes about 40% less time.
 */
final class RunnableJars {

	private final Path root;

	private final Path logDir;

	/**
	 * Where the jars are and where the extraction logs.
	 * @param root the repository folder (the jars are under it)
	 * @param logDir the services' log folder ({@code <module>.log})
	 */
	RunnableJars(Path root, Path logDir) {
		this.root = root;
		this.logDir = logDir;
	}

	/**
	 * The extracted jar of a service, extracted now if the build is newer.
	 * @param module {@code order-service}, …
	 * @return the jar to run
	 */
	Path extracted(String module) {
		Path jar = this.root.resolve(module)
			.resolve("target")
			.resolve(module + "-" + BenchPlatform.VERSION + "-exec.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"No runnable jar for " + module + " at " + jar + "; build first (./oms bench builds)");
		}
		Path dir = this.root.resolve("bench/target/run").resolve(module);
		Path marker = dir.resolve(".extracted");
		try {
			if (!Files.exists(marker)
					|| Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(marker)) > 0) {
				extract(jar, dir, module);
				Files.deleteIfExists(dir.resolve("bench.jsa"));
				Files.writeString(marker, "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dir.resolve(jar.getFileName());
	}

	/**
	 * The options that share class data through an archive beside the extracted jars.
	 * @param module the service
	 * @return the JVM options
	 */
	List<String> classDataSharing(String module) {
		Path archive = this.root.resolve("bench/target/run").resolve(module).resolve("bench.jsa");
		return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
				"-Xlog:cds+dynamic=off");
	}

	private void extract(Path jar, Path dir, String module) throws IOException {
		Files.createDirectories(this.logDir);
		Path log = this.logDir.resolve(module + ".log");
		Process extract = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Djarmode=tools",
				"-jar", jar.toString(), "extract", "--force", "--destination", dir.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		try {
			if (extract.waitFor() != 0) {
				throw new IllegalStateException("Cannot extract " + jar + "; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
