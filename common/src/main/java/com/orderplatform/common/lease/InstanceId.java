package com.orderplatform.common.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;

/**
 * This instance's name in the claims it writes. It must differ between instances that
 * share a database, and by default it also differs between two runs of one instance: host
 * name, port and a random suffix drawn at every start. Two instances on one host with the
 * same port setting (containers, a restart racing its predecessor's shutdown) can then
 * never take one row each believing it their own. The cost is that a restarted instance
 * no longer recognises its previous run's claims: they are given back when that run stops
 * gracefully, and after a crash they are taken over, by any instance, once their lease
 * has ended. A configured name wins; an instance that keeps one across restarts takes its
 * previous run's claims back at start, as before (and must never share it with another
 * live instance).
 *
 * @param value the name
 */
public record InstanceId(String value) {

	/**
	 * The configured name, or host name, port and a random suffix unique to this start
	 * (e.g. {@code web-1:8000-3f9c2a1b}).
	 * @param configured the configured name, {@code null} or blank for none; stripped
	 * @param environment where {@code server.port} is read (8080 when unset)
	 * @return the instance id
	 */
	public static InstanceId resolve(String configured, Environment environment) {
		return configuredOr(configured, () -> hostName("localhost") + ":"
				+ environment.getProperty("server.port", "8080") + "-" + UUID.randomUUID().toString().substring(0, 8));
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
