package com.orderplatform.common.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;

/**
 * This instance's name in the claims it writes. It should survive a restart, so that a
 * restarted instance can take back the claims its previous run left behind at once
 * instead of waiting for their leases to run out, and it must differ between instances
 * that share a database. A configured name wins; otherwise the host name, with the port
 * when several instances may run on one host.
 *
 * @param value the name
 */
public record InstanceId(String value) {

	/**
	 * The configured name, or host name and port. With a random port (0) the port says
	 * nothing, so a random suffix keeps two such instances apart.
	 * @param configured the configured name, {@code null} or blank for none; stripped
	 * @param environment where {@code server.port} is read (8080 when unset)
	 * @return the instance id
	 */
	public static InstanceId resolve(String configured, Environment environment) {
		return configuredOr(configured, () -> {
			String port = environment.getProperty("server.port", "8080");
			String suffix = "0".equals(port) ? "-" + UUID.randomUUID().toString().substring(0, 8) : "";
			return hostName("localhost") + ":" + port + suffix;
		});
	}

	/**
	 * The configured name, or the given default.
	 * @param configured the configured name, {@code null} or blank for none; stripped
	 * @param otherwise the name to use when none is configured
	 * @return the instance id
	 */
	public static InstanceId configuredOr(String configured, Supplier<String> otherwise) {
		return new InstanceId((configured != null && !configured.isBlank()) ? configured.strip() : otherwise.get());
	}

	/**
	 * This machine's host name.
	 * @param fallback the name to use when the host name cannot be resolved
	 * @return the host name, or the fallback
	 */
	public static String hostName(String fallback) {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return fallback;
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
