package com.orderplatform.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The services' runnable jars extracted (once per content of each: the build is
 * reproducible) into {@code <service>/target/run/}, the folders {@code ./oms run} starts
 * them from, and the JVM options that start them with what an earlier start left. On JDK
 * 25 and newer that is an AOT cache (JEP 483 and 515) a training platform recorded
 * ({@link JvmTraining}, for {@code ./oms run} and the bench alike): linked classes and
 * method profiles, so the platforms neither load classes nor wait for the JIT compilers
 * as a fresh JVM does. Without a cache, or on an older JDK, it is a class-data-sharing
 * archive the first start writes. The file names are those of
 * {@code scripts/run-platform.sh}.
 */
final class RunnableJars {

	/**
	 * The AOT cache's file name, one per JDK build: the JVM ignores another build's cache
	 * without a word.
	 */
	static final String AOT_CACHE = "app-jdk-"
			+ System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9.+-]", "_") + ".aot";

	private static final String AOT_RECORDING = "app.recording.aot";

	private static final String CDS_ARCHIVE = "app.jsa";

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
	 * The extracted jar of a service, extracted now (its JVM caches dropped) if the jar's
	 * content differs from the one extracted last.
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
		Path dir = dir(module);
		Path marker = dir.resolve(".extracted");
		try {
			String digest = sha256(jar);
			// (run-platform.sh writes the digest with a line break)
			if (!Files.exists(marker) || !Files.readString(marker).strip().equals(digest)) {
				extract(jar, dir, module);
				try (DirectoryStream<Path> caches = Files.newDirectoryStream(dir,
						"{" + CDS_ARCHIVE + ",app-jdk-*.aot," + AOT_RECORDING + "," + AOT_RECORDING + ".config}")) {
					for (Path cache : caches) {
						Files.delete(cache);
					}
				}
				Files.writeString(marker, digest);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dir.resolve(jar.getFileName());
	}

	/**
	 * Whether this JDK has AOT caches with method profiles (JDK 25 and newer); the
	 * services run on the benchmark's own JVM.
	 * @return whether {@link JvmTraining} can record one
	 */
	static boolean aotCacheSupported() {
		return Runtime.version().feature() >= 25;
	}

	/**
	 * Whether a service has an AOT cache for its current jar.
	 * @param module the service
	 * @return whether {@link #jvmOptions} load one
	 */
	boolean hasAotCache(String module) {
		return aotCacheSupported() && Files.isRegularFile(dir(module).resolve(AOT_CACHE));
	}

	/**
	 * The options that start a service from what an earlier start left: its AOT cache if
	 * it has one, else a class-data-sharing archive.
	 * @param module the service
	 * @return the JVM options
	 */
	List<String> jvmOptions(String module) {
		if (hasAotCache(module)) {
			return List.of("-XX:AOTCache=" + dir(module).resolve(AOT_CACHE), "-Xlog:aot=off", "-Xlog:cds=off");
		}
		Path archive = dir(module).resolve(CDS_ARCHIVE);
		return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
				"-Xlog:cds+dynamic=off");
	}

	/**
	 * The options of a training start: the JVM records its classes and profiles and
	 * writes them as it exits (about 10 s), beside the cache; {@link #keepRecording} puts
	 * the finished recording in the cache's place.
	 * @param module the service
	 * @return the JVM options
	 */
	List<String> recordingOptions(String module) {
		dropRecording(module);
		return List.of("-XX:AOTCacheOutput=" + dir(module).resolve(AOT_RECORDING), "-Xlog:aot=off", "-Xlog:cds=off");
	}

	/**
	 * Makes a service's finished recording its AOT cache, deleting the caches of other
	 * JDK builds. A recording is finished once the JVM has removed its temporary
	 * configuration; one cut off is deleted.
	 * @param module the service, stopped
	 * @return whether the service has a cache now
	 */
	boolean keepRecording(String module) {
		Path recording = dir(module).resolve(AOT_RECORDING);
		try {
			if (Files.isRegularFile(recording) && !Files.exists(dir(module).resolve(AOT_RECORDING + ".config"))) {
				Files.move(recording, dir(module).resolve(AOT_CACHE), StandardCopyOption.REPLACE_EXISTING);
				try (DirectoryStream<Path> others = Files.newDirectoryStream(dir(module), "app-jdk-*.aot")) {
					for (Path other : others) {
						if (!other.getFileName().toString().equals(AOT_CACHE)) {
							Files.delete(other);
						}
					}
				}
				return true;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		dropRecording(module);
		return false;
	}

	/**
	 * Deletes a service's recording and the JVM's temporary configuration beside it, if
	 * any.
	 * @param module the service, stopped
	 */
	void dropRecording(String module) {
		try {
			Files.deleteIfExists(dir(module).resolve(AOT_RECORDING));
			Files.deleteIfExists(dir(module).resolve(AOT_RECORDING + ".config"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path dir(String module) {
		return this.root.resolve(module).resolve("target/run");
	}

	private static String sha256(Path file) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
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
