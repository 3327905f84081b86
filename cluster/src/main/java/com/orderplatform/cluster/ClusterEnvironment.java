package com.orderplatform.cluster;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The variables every instance of a cluster shares: the other services' addresses (their
 * balancers, never one instance), the uploads in the object store, the shared secrets,
 * the upload limit nginx is configured for, and trust in the balancer's
 * {@code X-Forwarded-*} headers.
 */
final class ClusterEnvironment {

	private ClusterEnvironment() {
	}

	static Map<String, String> of(Map<String, Balancer.Upstream> upstreams, ClusterSecrets secrets, URI s3Endpoint,
			String bucket, int uploadLimitMegabytes) {
		Map<String, String> variables = new HashMap<>();
		upstreams.forEach((service, upstream) -> variables.put("OMS_" + service.toUpperCase(Locale.ROOT) + "_URL",
				Balancer.uri(upstream).toString()));
		variables.put("OMS_IMPORT_STORAGE", "s3://" + bucket + "/uploads");
		variables.put("OMS_S3_ENDPOINT", s3Endpoint.toString());
		variables.put("OMS_S3_REGION", "us-east-1");
		variables.put("OMS_S3_PATH_STYLE", "true");
		variables.putAll(secrets.environment());
		variables.put("OMS_MAX_UPLOAD_SIZE", uploadLimitMegabytes + "MB");
		variables.put("OMS_IMPORT_MAX_FILE_SIZE", uploadLimitMegabytes + "MB");
		variables.put("OMS_BIND_ADDRESS", "127.0.0.1");
		// The instances see the client's address and scheme nginx forwards (it overwrites
		// X-Forwarded-For with the peer it saw), not nginx's: each client keeps its own
		// login limit.
		variables.put("OMS_FORWARDED_HEADERS", "native");
		return variables;
	}

	/**
	 * The variables of one instance: its database, its management port and, for the
	 * services that claim work, its instance id.
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @param instance its number, from 1
	 * @param jdbcUrl its service's database
	 * @param managementPort its management port
	 * @return variable → value
	 */
	static Map<String, String> ofInstance(String service, int instance, String jdbcUrl, int managementPort) {
		String prefix = "OMS_" + service.toUpperCase(Locale.ROOT);
		Map<String, String> variables = new HashMap<>();
		variables.put(prefix + "_DB_URL", jdbcUrl);
		variables.put(prefix + "_DB_USERNAME", ClusterDatabases.USER);
		variables.put(prefix + "_DB_PASSWORD", ClusterDatabases.PASSWORD);
		variables.put("OMS_MANAGEMENT_PORT", Integer.toString(managementPort));
		// Unique by default once the services name themselves; explicit names read better
		// in logs.
		if (service.equals("order")) {
			variables.put("OMS_IMPORT_INSTANCE_ID", "order-" + instance);
		}
		else if (service.equals("notification")) {
			variables.put("OMS_NOTIFICATION_INSTANCE_ID", "notification-" + instance);
		}
		return variables;
	}

}
