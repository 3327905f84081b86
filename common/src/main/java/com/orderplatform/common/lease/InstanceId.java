package com.orderplatform.common.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;

/**
 * This instance's name in the claims it writes. It must differ between instances that
 * share a database. On PostgreSQL, where any number of instances may share one, it also
 * differs between two runs of one instance: host name, port and a random suffix drawn at
 * every start, so two instances with the same port setting on hosts of the same name
 * (containers, a restart racing its predecessor's shutdown) never take one row each
 * believing it their own; a crashed run's claims are taken over, by any instance, once
 * their lease has ended, and a graceful stop gives them back at once. On SQLite, which
 * one machine's processes share and only one process can serve a port of, it is host name
 * and port, the same across restarts, so a restarted instance takes its crashed run's
 * claims back at start instead of waiting out their lease. A random port (0) always gets
 * the suffix. A configured name wins (and keeps its claims across restarts; never share
 * it with another live instance).
 *
 * @param value the name
 */
public record InstanceId(String value) {

	/**
	 * The configured name; otherwise host name and port (e.g. {@code web-1:8000}), with a
	 * random suffix unique to this start (e.g. {@code web-1:8000-3f9c2a1b}) when the
	 * database is PostgreSQL or the port is random.
	 * @param configured the configured name, {@code null} or blank for none; stripped
	 * @param environment where {@code server.port} (8080 when unset) and
	 * {@code spring.datasource.url} are read
	 * @return the instance id
	 */
	public static InstanceId resolve(String configured, Environment environment) {
		return configuredOr(configured, () -> {
			String port = environment.getProperty("server.port", "8080");
			boolean shared = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
			String suffix = (shared || "0".equals(port)) ? "-" + UUID.randomUUID().toString().substring(0, 8) : "";
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
