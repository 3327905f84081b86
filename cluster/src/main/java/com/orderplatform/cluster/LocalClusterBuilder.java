package com.orderplatform.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import com.orderplatform.testsupport.process.ServicePlatform;
import com.orderplatform.testsupport.process.ServiceProcess;

/**
 * Describes a {@link LocalCluster}: how many instances of each service, the ports (the
 * usual ones unless {@link #freePorts()}), where the jars are, extra environment and JVM
 * options, and whether to keep the run folder on close.
 */
public final class LocalClusterBuilder {

	/** The balancers' usual ports: the services' ports of a single-machine run. */
	static final Map<String, Integer> BALANCER_PORTS = Map.of("order", 8000, "payment", 8001, "notification", 8002);

	/** Instance {@code i} (from 1) of a service listens on base + i. */
	static final Map<String, Integer> INSTANCE_BASES = Map.of("order", 18000, "payment", 18100, "notification", 18200);

	/** Instance {@code i}'s management port (Actuator, Prometheus) is base + i. */
	static final Map<String, Integer> MANAGEMENT_BASES = Map.of("order", 19000, "payment", 19100, "notification",
			19200);

	static final int POSTGRES_PORT = 15432;

	static final int S3_PORT = 9100;

	final Path runDir;

	int instances = 2;

	boolean freePorts;

	final Map<String, Integer> balancerPorts = new HashMap<>(BALANCER_PORTS);

	Function<String, Path> jars = (module) -> Path.of(module, "target", module + "-0.1.0-SNAPSHOT-exec.jar");

	String missingJarHint = "build the services first (./oms run --cluster builds them)";

	final Map<String, String> environment = new HashMap<>();

	final List<String> jvmOptions = new ArrayList<>();

	final Map<String, List<String>> serviceJvmOptions = new HashMap<>();

	Duration startTimeout = Duration.ofMinutes(3);

	BooleanSupplier keepRunDir = () -> true;

	int uploadLimitMegabytes = 50;

	LocalClusterBuilder(Path runDir) {
		this.runDir = runDir;
	}

	/**
	 * Instances of every service (two unless set).
	 * @param count at least one
	 * @return this builder
	 */
	public LocalClusterBuilder instances(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("At least one instance per service, not " + count);
		}
		this.instances = count;
		return this;
	}

	/**
	 * Free ports for everything (balancers, instances, management, PostgreSQL, S3)
	 * instead of the usual ones: for tests, which run beside whatever else listens.
	 * @return this builder
	 */
	public LocalClusterBuilder freePorts() {
		this.freePorts = true;
		ServicePlatform.SERVICES.forEach((service) -> this.balancerPorts.put(service, ServiceProcess.freePort()));
		return this;
	}

	/**
	 * The port one service's balancer listens on.
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @param port the port
	 * @return this builder
	 */
	public LocalClusterBuilder balancerPort(String service, int port) {
		this.balancerPorts.put(service, port);
		return this;
	}

	/**
	 * Where each service's runnable jar is.
	 * @param jars from the module's name ({@code order-service}) to its jar
	 * @param missingJarHint what to do when one is missing
	 * @return this builder
	 */
	public LocalClusterBuilder jars(Function<String, Path> jars, String missingJarHint) {
		this.jars = jars;
		this.missingJarHint = missingJarHint;
		return this;
	}

	/**
	 * Variables of every instance, over the cluster's own (so a test can lower the import
	 * lease, a caller can set the admin's password).
	 * @param variables the variables
	 * @return this builder
	 */
	public LocalClusterBuilder environment(Map<String, String> variables) {
		this.environment.putAll(variables);
		return this;
	}

	public LocalClusterBuilder jvmOptions(List<String> options) {
		this.jvmOptions.addAll(options);
		return this;
	}

	public LocalClusterBuilder jvmOptions(String service, List<String> options) {
		this.serviceJvmOptions.computeIfAbsent(service, (key) -> new ArrayList<>()).addAll(options);
		return this;
	}

	public LocalClusterBuilder startTimeout(Duration timeout) {
		this.startTimeout = timeout;
		return this;
	}

	/**
	 * When to keep the run folder (logs, databases, objects) on close; kept unless set.
	 * @param condition asked at close
	 * @return this builder
	 */
	public LocalClusterBuilder keepRunDirWhen(BooleanSupplier condition) {
		this.keepRunDir = condition;
		return this;
	}

	/**
	 * Starts PostgreSQL, the object store, every instance and nginx, and waits until
	 * every instance is healthy; stops what was started if a part fails.
	 * @return the running cluster
	 */
	public LocalCluster start() {
		return LocalCluster.start(this);
	}

	int instancePort(String service, int instance) {
		return this.freePorts ? ServiceProcess.freePort() : INSTANCE_BASES.get(service) + instance;
	}

	int managementPort(String service, int instance) {
		return this.freePorts ? ServiceProcess.freePort() : MANAGEMENT_BASES.get(service) + instance;
	}

	int postgresPort() {
		return this.freePorts ? 0 : POSTGRES_PORT;
	}

	int s3Port() {
		return this.freePorts ? ServiceProcess.freePort() : S3_PORT;
	}

}
