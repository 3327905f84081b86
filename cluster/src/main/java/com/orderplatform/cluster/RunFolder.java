package com.orderplatform.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The cluster's run folder: its parts' folders, and its removal after a test. */
final class RunFolder {

	private RunFolder() {
	}

	static Path directory(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes the folder and everything in it; a failure is reported, not thrown (a
	 * leftover folder in the temporary directory is harmless).
	 * @param dir the folder
	 */
	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("Could not delete " + dir + ": " + ex);
		}
	}

}
