package com.orderplatform.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code deploy/kubernetes/}: valid objects of their kinds (see
 * {@link KubernetesManifests}), each service a Deployment of two hardened replicas probed
 * on its public port and scraped on its management port, behind a Service, with only the
 * variables the service reads and only references that resolve; the optional Deployment
 * of order-service pods that run the import jobs the same pods, behind no Service.
 */
class KubernetesManifestTests {

	/** The optional Deployment of order-service pods that run the import jobs. */
	private static final String IMPORTS = "order-service-imports";

	@Test
	void everyDocumentIsAValidObjectOfItsKind() throws Exception {
		List<String> kinds = new ArrayList<>();
		for (Map<String, Object> document : KubernetesManifests.documents()) {
			kinds.add(KubernetesManifests.validated(document).getClass().getSimpleName());
		}

		assertThat(kinds).containsExactlyInAnyOrder("V1ConfigMap", "V1ConfigMap", "V1ConfigMap", "V1ConfigMap",
				"V1Namespace", "V1Deployment", "V1Service", "V1Deployment", "V1Service", "V1Deployment", "V1Service",
				"V1Deployment", "V1Secret");
	}

	@Test
	void theModelsRefuseAMisspeltFieldAndAWrongType() {
		String order = Repository.read(KubernetesManifests.DIRECTORY.resolve("order-service.yaml"));
		Map<String, Object> misspelt = Repository.yamlDocuments(order.replace("readinessProbe:", "readinesProbe:"))
			.get(0);
		Map<String, Object> wrongType = Repository.yamlDocuments(order.replace("replicas: 2", "replicas: two")).get(0);

		assertThatThrownBy(() -> KubernetesManifests.validated(misspelt)).hasMessageContaining("readinesProbe");
		assertThatThrownBy(() -> KubernetesManifests.validated(wrongType)).hasMessageContaining("two");
	}

	@Test
	void eachServiceRunsTwoHardenedReplicasProbedOnItsPublicPort() {
		List<V1Deployment> deployments = KubernetesManifests.all(V1Deployment.class);
		List<String> names = new ArrayList<>(ServiceVariables.SERVICES);
		names.add(IMPORTS);
		assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(names);
		for (V1Deployment deployment : deployments) {
			V1PodSpec pod = deployment.getSpec().getTemplate().getSpec();
			V1Container container = pod.getContainers().get(0);
			String name = deployment.getMetadata().getName();
			assertThat(deployment.getSpec().getReplicas()).as(name).isEqualTo(2);
			assertThat(container.getLivenessProbe().getHttpGet().getPath()).as(name).isEqualTo("/livez");
			assertThat(container.getReadinessProbe().getHttpGet().getPath()).as(name).isEqualTo("/readyz");
			assertThat(container.getLivenessProbe().getHttpGet().getPort().getStrValue()).isEqualTo("http");
			assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrValue()).isEqualTo("http");
			assertThat(container.getLifecycle().getPreStop().getExec().getCommand()).containsExactly("sleep", "10");
			assertThat(pod.getTerminationGracePeriodSeconds()).as("preStop 10 s + shutdown phase 30 s")
				.isGreaterThan(40);
			assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
			assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001);
			assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
			assertThat(container.getVolumeMounts())
				.anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
			assertThat(pod.getVolumes()).anySatisfy(volume -> assertThat(volume.getEmptyDir()).isNotNull());
			assertThat(container.getResources().getRequests()).containsOnlyKeys("cpu", "memory");
			assertThat(container.getResources().getLimits()).containsKey("memory");
		}
	}

	@Test
	void prometheusScrapesEachPodOnItsManagementPort() {
		for (V1Deployment deployment : KubernetesManifests.all(V1Deployment.class)) {
			V1Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
			String managementPort = env(container).get("OMS_MANAGEMENT_PORT").getValue();
			Map<String, Integer> ports = container.getPorts()
				.stream()
				.collect(Collectors.toMap(V1ContainerPort::getName, V1ContainerPort::getContainerPort));

			assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
				.containsEntry("prometheus.io/path", "/actuator/prometheus")
				.containsEntry("prometheus.io/port", managementPort);
			assertThat(ports).containsEntry("management", Integer.valueOf(managementPort));
			assertThat(ports.get("http")).isNotEqualTo(ports.get("management"));
		}
	}

	@Test
	void everyContainerGetsOnlyVariablesItsServiceReadsAndEveryReferenceResolves() {
		Map<String, V1ConfigMap> configMaps = KubernetesManifests.all(V1ConfigMap.class)
			.stream()
			.collect(Collectors.toMap(map -> map.getMetadata().getName(), Function.identity()));
		V1Secret secret = KubernetesManifests.all(V1Secret.class).get(0);
		List<String> unread = new ArrayList<>();
		for (V1Deployment deployment : KubernetesManifests.all(V1Deployment.class)) {
			V1Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			Set<String> variables = new TreeSet<>(env(container).keySet());
			for (V1EnvFromSource source : container.getEnvFrom()) {
				String name = source.getConfigMapRef().getName();
				assertThat(configMaps).as("ConfigMap " + name).containsKey(name);
				variables.addAll(configMaps.get(name).getData().keySet());
			}
			for (V1EnvVar variable : container.getEnv()) {
				if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
					assertThat(variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo("oms-secrets");
					assertThat(secret.getStringData()).containsKey(variable.getValueFrom().getSecretKeyRef().getKey());
				}
			}
			Set<String> allowed = ServiceVariables.readBy(container.getName());
			variables.stream()
				.filter(variable -> !allowed.contains(variable))
				.forEach(v -> unread.add(container.getName() + ": " + v));
		}
		assertThat(unread).as("variables set in deploy/kubernetes that the service does not read").isEmpty();
	}

	@Test
	void theSecretIsATemplateWithoutValues() {
		V1Secret secret = KubernetesManifests.all(V1Secret.class).get(0);

		assertThat(secret.getStringData().values()).allSatisfy(value -> assertThat(value).matches("|<[^>]+>"));
	}

	@Test
	void eachServiceSelectsItsDeploymentsPodsOnThePublicPort() {
		Map<String, V1Deployment> deployments = KubernetesManifests.all(V1Deployment.class)
			.stream()
			.collect(Collectors.toMap(d -> d.getMetadata().getName(), Function.identity()));
		for (V1Service service : KubernetesManifests.all(V1Service.class)) {
			V1Deployment deployment = deployments.get(service.getMetadata().getName());
			assertThat(deployment).as(service.getMetadata().getName()).isNotNull();
			assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
				.containsAllEntriesOf(service.getSpec().getSelector());
			assertThat(service.getSpec().getPorts()).singleElement()
				.satisfies(port -> assertThat(port.getTargetPort().getStrValue()).isEqualTo("http"));
		}
	}

	@Test
	void theImportsDeploymentIsTheOrderServicesPodsRunningTheJobsBehindNoService() {
		Map<String, V1Deployment> deployments = KubernetesManifests.all(V1Deployment.class)
			.stream()
			.collect(Collectors.toMap(d -> d.getMetadata().getName(), Function.identity()));
		V1Deployment orders = deployments.get("order-service");
		V1Deployment imports = deployments.get(IMPORTS);
		V1Container container = imports.getSpec().getTemplate().getSpec().getContainers().get(0);

		// its pods claim the jobs even where the ConfigMap tells the order service's not
		// to
		// (a variable in env wins over envFrom)
		assertThat(env(container).get("OMS_IMPORT_RUN_JOBS").getValue()).isEqualTo("true");
		assertThat(env(orders.getSpec().getTemplate().getSpec().getContainers().get(0)))
			.doesNotContainKey("OMS_IMPORT_RUN_JOBS");
		// and no Service sends them clients
		Map<String, String> labels = imports.getSpec().getTemplate().getMetadata().getLabels();
		assertThat(imports.getSpec().getSelector().getMatchLabels())
			.isEqualTo(Map.of("app.kubernetes.io/name", IMPORTS));
		for (V1Service service : KubernetesManifests.all(V1Service.class)) {
			assertThat(labels.entrySet().containsAll(service.getSpec().getSelector().entrySet()))
				.as("Service %s selects them", service.getMetadata().getName())
				.isFalse();
		}
		// and apart from that variable its pods are the order service's: same image,
		// settings, secrets, probes, limits and hardening
		container.getEnv().removeIf(variable -> variable.getName().equals("OMS_IMPORT_RUN_JOBS"));
		assertThat(imports.getSpec().getTemplate().getSpec()).isEqualTo(orders.getSpec().getTemplate().getSpec());
		assertThat(imports.getSpec().getTemplate().getMetadata().getAnnotations())
			.isEqualTo(orders.getSpec().getTemplate().getMetadata().getAnnotations());
		assertThat(imports.getSpec().getStrategy()).isEqualTo(orders.getSpec().getStrategy());
	}

	private static Map<String, V1EnvVar> env(V1Container container) {
		return container.getEnv().stream().collect(Collectors.toMap(V1EnvVar::getName, Function.identity()));
	}

}
