package com.orderplatform.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order service's OCI image as Jib builds it from the poms (order-service writes it
 * at {@code package} on an empty base, offline): an OCI layout whose config runs the
 * service as the numeric non-root user, with the heap sized from the container's memory,
 * exposing the public and management ports, listening beyond the loopback interface.
 */
class OrderServiceImageIntegrationTests {

	@TempDir
	static Path layout;

	private static JsonObject config;

	@BeforeAll
	static void unpack() throws IOException {
		Path tar = Path.of(System.getProperty("deploy.image-tar", "../order-service/target/jib-scratch-image.tar"));
		assertThat(tar).as("built by order-service at package (./mvnw -pl deploy-tests -am verify)").isRegularFile();
		Repository.Result untar = Repository
			.run(List.of("tar", "-xf", tar.toAbsolutePath().toString(), "-C", layout.toString()));
		assertThat(untar.exitCode()).as(untar.output()).isZero();
		JsonObject index = json(Files.readString(layout.resolve("index.json")));
		JsonObject manifest = json(blob(first(index.getAsJsonArray("manifests")).get("digest").getAsString()));
		config = json(blob(manifest.getAsJsonObject("config").get("digest").getAsString())).getAsJsonObject("config");
	}

	@Test
	void isAnOciLayoutNamedAfterTheService() throws IOException {
		JsonObject index = json(Files.readString(layout.resolve("index.json")));

		assertThat(json(Files.readString(layout.resolve("oci-layout"))).get("imageLayoutVersion").getAsString())
			.isEqualTo("1.0.0");
		assertThat(index.get("mediaType").getAsString()).isEqualTo("application/vnd.oci.image.index.v1+json");
		assertThat(index.getAsJsonArray("manifests")).hasSize(1);
		assertThat(first(index.getAsJsonArray("manifests")).getAsJsonObject("annotations")
			.get("org.opencontainers.image.ref.name")
			.getAsString()).startsWith("order-service:");
	}

	@Test
	void runsTheServiceWithTheHeapSizedFromTheContainer() {
		assertThat(strings(config.getAsJsonArray("Entrypoint"))).containsExactly("java", "-XX:MaxRAMPercentage=75",
				"-cp", "@/app/jib-classpath-file", "com.orderplatform.order.OrderServiceApplication");
	}

	@Test
	void runsAsTheNumericNonRootUser() {
		assertThat(config.get("User").getAsString()).isEqualTo("10001:10001");
	}

	@Test
	void exposesThePublicAndManagementPortsAndListensOnThem() {
		assertThat(config.getAsJsonObject("ExposedPorts").keySet()).containsExactlyInAnyOrder("8000/tcp", "9000/tcp");
		assertThat(strings(config.getAsJsonArray("Env"))).contains("OMS_BIND_ADDRESS=0.0.0.0",
				"OMS_MANAGEMENT_PORT=9000");
	}

	@Test
	void setsOnlyVariablesTheServiceReads() {
		List<String> names = strings(config.getAsJsonArray("Env")).stream()
			.map(variable -> variable.substring(0, variable.indexOf('=')))
			.toList();

		assertThat(names).isNotEmpty()
			.allSatisfy(name -> assertThat(ServiceVariables.readBy("order-service")).contains(name));
	}

	private static JsonObject json(String text) {
		return JsonParser.parseString(text).getAsJsonObject();
	}

	private static JsonObject first(com.google.gson.JsonArray array) {
		return array.get(0).getAsJsonObject();
	}

	private static List<String> strings(com.google.gson.JsonArray array) {
		return array.asList().stream().map(JsonElement::getAsString).toList();
	}

	private static String blob(String digest) throws IOException {
		Map.Entry<String, String> algorithmAndHex = Map.entry(digest.substring(0, digest.indexOf(':')),
				digest.substring(digest.indexOf(':') + 1));
		return Files
			.readString(layout.resolve("blobs").resolve(algorithmAndHex.getKey()).resolve(algorithmAndHex.getValue()));
	}

}
