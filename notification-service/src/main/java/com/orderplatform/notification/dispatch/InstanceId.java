package com.orderplatform.notification.dispatch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.core.env.Environment;

/**
 * This instance's name in the claims it writes. It should survive a restart, so that a
 * restarted instance can take back the claims its previous run left behind at once
 * instead of waiting for their leases to run out: host name and port by default. With a
 * random port (0) the port says nothing, so a random suffix keeps two such instances
 * apart.
 *
 * @param value the name
 */
record InstanceId(String value) {

	static InstanceId resolve(DispatchProperties properties, Environment environment) {
		if (properties.instanceId() != null && !properties.instanceId().isBlank()) {
			return new InstanceId(properties.instanceId().strip());
		}
		String port = environment.getProperty("server.port", "8080");
		String suffix = "0".equals(port) ? "-" + UUID.randomUUID().toString().substring(0, 8) : "";
		return new InstanceId(hostName() + ":" + port + suffix);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
