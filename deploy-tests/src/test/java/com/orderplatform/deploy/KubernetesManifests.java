package com.orderplatform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * The manifests in {@code deploy/kubernetes/}, checked against the Kubernetes API's
 * models (generated from its OpenAPI document by the official Java client): each kind's
 * {@code validateJsonElement} refuses a field the API does not define (a misspelt
 * {@code readinesProbe} would otherwise be dropped silently by the API server's older
 * versions) and a missing required one, all the way down; {@code fromJson} refuses a
 * value of the wrong type.
 */
final class KubernetesManifests {

	static final Path DIRECTORY = Repository.DEPLOY.resolve("kubernetes");

	private static final Gson GSON = new Gson();

	private KubernetesManifests() {
	}

	/** Every document of every manifest file, in file order. */
	static List<Map<String, Object>> documents() {
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			files.filter(file -> file.toString().endsWith(".yaml"))
				.sorted()
				.forEach(file -> documents.addAll(Repository.yamlDocuments(Repository.read(file))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return documents;
	}

	/**
	 * Validates a document as the kind it names and reads it.
	 * @param document the document
	 * @return the typed object
	 * @throws IOException if it is not a valid object of its kind
	 */
	static Object validated(Map<String, Object> document) throws IOException {
		JsonElement json = GSON.toJsonTree(document);
		String text = json.toString();
		return switch (String.valueOf(document.get("kind"))) {
			case "Namespace" -> {
				V1Namespace.validateJsonElement(json);
				yield V1Namespace.fromJson(text);
			}
			case "ConfigMap" -> {
				V1ConfigMap.validateJsonElement(json);
				yield V1ConfigMap.fromJson(text);
			}
			case "Secret" -> {
				V1Secret.validateJsonElement(json);
				yield V1Secret.fromJson(text);
			}
			case "Deployment" -> {
				V1Deployment.validateJsonElement(json);
				yield V1Deployment.fromJson(text);
			}
			case "Service" -> {
				V1Service.validateJsonElement(json);
				yield V1Service.fromJson(text);
			}
			default -> throw new IllegalArgumentException(
					"No model for kind " + document.get("kind") + "; add it to KubernetesManifests.validated");
		};
	}

	/** The typed objects of one kind. */
	static <T> List<T> all(Class<T> type) {
		List<T> objects = new ArrayList<>();
		for (Map<String, Object> document : documents()) {
			try {
				Object object = validated(document);
				if (type.isInstance(object)) {
					objects.add(type.cast(object));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return objects;
	}

}
