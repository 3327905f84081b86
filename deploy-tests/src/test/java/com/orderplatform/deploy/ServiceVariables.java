package com.orderplatform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables a service reads, collected when the tests run (so a variable
 * another change adds is known as soon as its {@code application.yml} names it): every
 * {@code ${OMS_…}} placeholder in the service's and {@code common}'s main resources and
 * sources, and {@code System.getenv("OMS_…")} calls, plus the variables read by the
 * libraries themselves (the AWS SDK's credentials and region, the JVM's options).
 */
final class ServiceVariables {

	/** The three services, named as their modules and their images. */
	static final Set<String> SERVICES = Set.of("order-service", "payment-service", "notification-service");

	/**
	 * Read by the AWS SDK's default chains and by the JVM, not by the services' settings.
	 */
	static final Set<String> LIBRARY_VARIABLES = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION",
			"JAVA_TOOL_OPTIONS");

	private static final Pattern READ = Pattern.compile("\\$\\{(OMS_[A-Z0-9_]+)|getenv\\(\"(OMS_[A-Z0-9_]+)\"\\)");

	private ServiceVariables() {
	}

	/**
	 * The variables a service reads.
	 * @param service its module's name, e.g. {@code order-service}
	 * @return the variables' names
	 */
	static Set<String> readBy(String service) {
		if (!SERVICES.contains(service)) {
			throw new IllegalArgumentException("Not one of the services " + SERVICES + ": " + service);
		}
		Set<String> variables = new TreeSet<>(LIBRARY_VARIABLES);
		for (String module : new String[] { service, "common" }) {
			variables.addAll(placeholdersUnder(Repository.ROOT.resolve(module).resolve("src/main")));
		}
		return variables;
	}

	private static Set<String> placeholdersUnder(Path directory) {
		Set<String> variables = new TreeSet<>();
		try (Stream<Path> files = Files.walk(directory)) {
			files.filter(Files::isRegularFile)
				.filter(file -> file.toString().matches(".*\\.(ya?ml|properties|java)$"))
				.forEach(file -> {
					Matcher matcher = READ.matcher(Repository.read(file));
					while (matcher.find()) {
						variables.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return variables;
	}

}
