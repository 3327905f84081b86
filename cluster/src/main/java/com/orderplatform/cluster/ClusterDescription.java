package com.orderplatform.cluster;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.orderplatform.testsupport.process.ServicePlatform;
import com.orderplatform.testsupport.process.ServiceProcess;

/** What runs where in a cluster, as {@code ./oms run --cluster} prints it. */
final class ClusterDescription {

	private ClusterDescription() {
	}

	static String of(LocalCluster cluster) {
		StringBuilder text = new StringBuilder();
		for (String service : List.of("order", "payment", "notification")) {
			text.append(
					String.format(Locale.ROOT, "  %-13s balancer %s (nginx)%n", service, cluster.balancer(service)));
			List<ServiceProcess> instances = cluster.instances(service);
			IntStream.range(0, instances.size()).forEach((i) -> {
				ServiceProcess instance = instances.get(i);
				text.append(
						String.format(Locale.ROOT, "  %-13s   instance %d: %s, management port %d, pid %d, log %s%n",
								"", i + 1, instance.baseUri(), cluster.managementPort(service, i + 1), instance.pid(),
								instance.logFile()));
			});
		}
		text.append(String.format(Locale.ROOT, "  %-13s 127.0.0.1:%d, databases %s (user postgres)%n", "postgresql",
				cluster.postgresPort(),
				String.join(", ", ServicePlatform.SERVICES.stream().map((service) -> service + "_service").toList())));
		text.append(String.format(Locale.ROOT, "  %-13s %s, bucket %s (S3Proxy, files under %s)%n", "s3",
				cluster.s3Endpoint(), LocalCluster.BUCKET, cluster.runDir().resolve("s3")));
		text.append(String.format(Locale.ROOT, "  %-13s %s (nginx.conf generated there), logs %s%n", "nginx",
				cluster.runDir().resolve("nginx"), cluster.logDir().resolve("nginx.log")));
		return text.toString();
	}

}
