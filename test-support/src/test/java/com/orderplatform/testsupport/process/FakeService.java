package com.orderplatform.testsupport.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service, run from a jar of its own: listens on the port its
 * {@code OMS_<SERVICE>_PORT} variable names, answers {@code /readyz} with {@code UP},
 * {@code /env/<NAME>} with an environment variable and {@code /property/<name>} with a
 * system property. With {@code FAKE_EXIT} set it exits with that code at once, as a
 * service that cannot start would.
 */
public final class FakeService {

	private FakeService() {
	}

	public static void main(String[] args) throws IOException {
		String exit = System.getenv("FAKE_EXIT");
		if (exit != null) {
			System.out.println("fake service exits with " + exit);
			System.exit(Integer.parseInt(exit));
		}
		int port = System.getenv()
			.entrySet()
			.stream()
			.filter((variable) -> variable.getKey().matches("OMS_[A-Z]+_PORT"))
			.map(Map.Entry::getValue)
			.mapToInt(Integer::parseInt)
			.findFirst()
			.orElseThrow();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/readyz", (exchange) -> answer(exchange, "{\"status\":\"UP\"}"));
		server.createContext("/env/", (exchange) -> answer(exchange, System.getenv(last(exchange))));
		server.createContext("/property/", (exchange) -> answer(exchange, System.getProperty(last(exchange))));
		server.start();
		System.out.println("fake service listens on " + port);
	}

	/**
	 * Writes a runnable jar holding only this class.
	 * @param dir where
	 * @return the jar
	 * @throws IOException if it cannot be written
	 */
	static Path writeJar(Path dir) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
		String entry = FakeService.class.getName().replace('.', '/') + ".class";
		Path jar = dir.resolve("fake-service.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
				InputStream classFile = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			classFile.transferTo(out);
			out.closeEntry();
		}
		return jar;
	}

	private static String last(HttpExchange exchange) {
		String path = exchange.getRequestURI().getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = String.valueOf(body).getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
