package com.orderplatform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI documents committed under {@code docs/openapi/} (the dashboard's types and
 * the reference page are generated from them): a service's test hands in the document its
 * running instance publishes, and the committed file must be exactly that. With
 * {@code -Dopenapi.refresh=true} (or when the file does not exist yet) the test writes it
 * instead.
 */
public final class OpenApiFiles {

	/** The system property that makes the test write the files instead of comparing. */
	public static final String REFRESH = "openapi.refresh";

	private OpenApiFiles() {
	}

	/**
	 * Checks (or writes) {@code docs/openapi/<service>.yaml}.
	 * @param service the service's name, e.g. {@code order-service}
	 * @param published the YAML the running service publishes at
	 * {@code /v3/api-docs.yaml}
	 */
	public static void assertCommitted(String service, String published) {
		Path file = repositoryRoot().resolve("docs/openapi").resolve(service + ".yaml");
		String expected = published.endsWith("\n") ? published : published + "\n";
		try {
			if (Boolean.getBoolean(REFRESH) || !Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, expected, StandardCharsets.UTF_8);
				return;
			}
			if (!Files.readString(file, StandardCharsets.UTF_8).equals(expected)) {
				fail("""
						%s is stale: the service now publishes another document. Refresh it with
						  ./mvnw -pl %s -am verify -Dtest='OpenApiDocumentIntegrationTests' \
						-Dsurefire.failIfNoSpecifiedTests=false -D%s=true
						then review and commit the diff (and regenerate the dashboard's types: npm run api:types \
						in dashboard/).""".formatted(repositoryRoot().relativize(file), service, REFRESH));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The folder holding {@code mvnw}, found upwards from where Maven runs the test. */
	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

}
