package com.orderplatform.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * What {@code ./oms run --cluster} runs: starts a {@link LocalCluster} (two instances of
 * each service behind nginx on 8000–8002) under the run folder given as the first
 * argument, prints what runs where and a line {@code CLUSTER READY}, then runs until it
 * is stopped (SIGTERM or Ctrl-C), when the shutdown hook stops every part in reverse
 * order. The services' environment comes from this JVM's (the admin's password, the
 * dashboard's origin); the variables the cluster sets win over it.
 */
public final class ClusterMain {

	private ClusterMain() {
	}

	/**
	 * Runs the cluster until the JVM is stopped.
	 * @param args the run folder, then the folder the services' jars are under (the
	 * repository)
	 * @throws InterruptedException never in practice: the main thread waits for ever
	 */
	public static void main(String[] args) throws InterruptedException {
		if (args.length != 2) {
			System.err.println("usage: ClusterMain <run folder> <repository folder>");
			System.exit(2);
		}
		Path runDir = Path.of(args[0]);
		Path root = Path.of(args[1]);
		Map<String, String> ports = Map.of("order", "OMS_ORDER_PORT", "payment", "OMS_PAYMENT_PORT", "notification",
				"OMS_NOTIFICATION_PORT");
		LocalClusterBuilder builder = LocalCluster.builder(runDir)
			.jars((module) -> root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar"),
					"build the services first (./oms run --cluster builds them)")
			.jvmOptions(List.of("-Xmx384m"));
		ports.forEach((service, variable) -> {
			String port = System.getenv(variable);
			if (port != null && !port.isBlank()) {
				builder.balancerPort(service, Integer.parseInt(port.trim()));
			}
		});
		LocalCluster cluster;
		try {
			cluster = builder.start();
		}
		catch (RuntimeException ex) {
			System.err.println("cluster: " + ex.getMessage());
			System.exit(1);
			return;
		}
		System.out.println("The cluster runs:");
		System.out.print(cluster.describe());
		System.out.println("CLUSTER READY");
		new CountDownLatch(1).await();
	}

}
