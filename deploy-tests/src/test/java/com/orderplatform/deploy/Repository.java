package com.orderplatform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The repository the tests run in, its files, and the commands they run on them.
 */
final class Repository {

	/** The repository's root: Maven runs the tests in {@code deploy-tests/}. */
	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	static final Path DEPLOY = ROOT.resolve("deploy");

	private Repository() {
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every document of a YAML file, as maps.
	 * @param text the file's text
	 * @return the documents, empty ones left out
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> yamlDocuments(String text) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new LoaderOptions()).loadAll(text)) {
			if (document != null) {
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	/**
	 * Runs a command to its end.
	 * @param command the command and its arguments
	 * @return its exit code and output (standard output and error together)
	 */
	static Result run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out: " + command);
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The path of an executable, from the {@code PATH} or the given places.
	 * @param name its name
	 * @param elsewhere other places to look
	 * @return the path, or {@code null} if there is none
	 */
	static Path executable(String name, Path... elsewhere) {
		List<Path> candidates = new ArrayList<>();
		for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (!directory.isEmpty()) {
				candidates.add(Path.of(directory, name));
			}
		}
		candidates.addAll(List.of(elsewhere));
		return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
	}

	/** A command's exit code and output. */
	record Result(int exitCode, String output) {

	}

}
