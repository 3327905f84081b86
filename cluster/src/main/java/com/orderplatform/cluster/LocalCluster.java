package com.orderplatform.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderplatform.testsupport.process.ServicePlatform;
import com.orderplatform.testsupport.process.ServicePlatformBuilder;
import com.orderplatform.testsupport.process.ServiceProcess;

/**
 * The production topology on one machine: an embedded PostgreSQL server with one database
 * per service, an S3-compatible server holding the uploads, several instances of every
 * service as real processes on PostgreSQL and S3, and nginx in front of each service on
 * its usual port, so every client (the dashboard, the README's curl walk-through, the
 * benchmark) works unchanged against it. Everything lives under one run folder:
 * {@code postgres/}, {@code s3/}, {@code nginx/}, {@code data/} (the services' shared
 * data directory) and {@code logs/}. Closing it stops the parts in reverse order; a
 * shutdown hook does so too (Ctrl-C).
 */
public final class LocalCluster implements AutoCloseable {

	/** The bucket the uploads go to. */
	public static final String BUCKET = "oms-imports";

	private final LocalClusterBuilder settings;

	private final Map<String, Balancer.Upstream> upstreams = new LinkedHashMap<>();

	private final Map<String, Integer> managementPorts = new HashMap<>();

	private final Thread closeOnExit = new Thread(this::close, "local-cluster-stop");

	private ClusterDatabases databases;

	private ObjectStore objects;

	private ServicePlatform services;

	private Balancer balancer;

	private boolean closed;

	private LocalCluster(LocalClusterBuilder settings) {
		this.settings = settings;
	}

	/**
	 * Starts describing a cluster.
	 * @param runDir its run folder (created if need be; PostgreSQL's files in it are
	 * created afresh)
	 * @return the builder
	 */
	public static LocalClusterBuilder builder(Path runDir) {
		return new LocalClusterBuilder(runDir);
	}

	static LocalCluster start(LocalClusterBuilder settings) {
		LocalCluster cluster = new LocalCluster(settings);
		Runtime.getRuntime().addShutdownHook(cluster.closeOnExit);
		try {
			cluster.startParts();
		}
		catch (RuntimeException ex) {
			cluster.close();
			throw ex;
		}
		return cluster;
	}

	private void startParts() {
		Path run = this.settings.runDir.toAbsolutePath();
		ClusterSecrets secrets = ClusterSecrets.generate();
		this.databases = ClusterDatabases.start(run.resolve("postgres"), this.settings.postgresPort(),
				ServicePlatform.SERVICES);
		this.objects = ObjectStore.start(RunFolder.directory(run.resolve("s3")), this.settings.s3Port(), BUCKET,
				secrets.s3AccessKey(), secrets.s3SecretKey());
		for (String service : ServicePlatform.SERVICES) {
			List<Integer> ports = new ArrayList<>();
			for (int instance = 1; instance <= this.settings.instances; instance++) {
				ports.add(this.settings.instancePort(service, instance));
				this.managementPorts.put(service + instance, this.settings.managementPort(service, instance));
			}
			this.upstreams.put(service, new Balancer.Upstream(this.settings.balancerPorts.get(service), ports));
		}
		this.balancer = Balancer.start(run.resolve("nginx"), logDir(), this.upstreams,
				this.settings.uploadLimitMegabytes);
		ServicePlatformBuilder platform = ServicePlatform.builder(RunFolder.directory(run.resolve("data")))
			.jars(this.settings.jars, this.settings.missingJarHint)
			.logDir(logDir())
			.instances(this.settings.instances)
			.ports((service, instance) -> this.upstreams.get(service).instancePorts().get(instance - 1))
			.instanceEnvironment(this::instanceEnvironment)
			.environment(ClusterEnvironment.of(this.upstreams, secrets, this.objects.endpoint(), BUCKET,
					this.settings.uploadLimitMegabytes))
			.environment(this.settings.environment)
			.jvmOptions(this.settings.jvmOptions)
			.startTimeout(this.settings.startTimeout)
			.keepDataWhen(this.settings.keepRunDir);
		this.settings.serviceJvmOptions.forEach(platform::jvmOptions);
		this.services = platform.start();
	}

	private Map<String, String> instanceEnvironment(String service, int instance) {
		return ClusterEnvironment.ofInstance(service, instance, this.databases.jdbcUrl(service),
				this.managementPorts.get(service + instance));
	}

	/**
	 * Where clients reach a service: its balancer.
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @return {@code http://127.0.0.1:<balancer port>}
	 */
	public URI balancer(String service) {
		return Balancer.uri(this.upstreams.get(service));
	}

	/**
	 * A service's instances, each reachable on its own port too.
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @return its instances, the first first
	 */
	public List<ServiceProcess> instances(String service) {
		return this.services.instances(service);
	}

	/**
	 * An instance's management port ({@code OMS_MANAGEMENT_PORT}).
	 * @param service the service
	 * @param instance its number, from 1
	 * @return the port
	 */
	public int managementPort(String service, int instance) {
		return this.managementPorts.get(service + instance);
	}

	/**
	 * The JDBC URL of a service's database, for tests and the benchmark that read it.
	 * @param service the service
	 * @return the URL (user and password {@link #databaseUser()})
	 */
	public String jdbcUrl(String service) {
		return this.databases.jdbcUrl(service);
	}

	/**
	 * @return the database user and password ({@code postgres}, local trust)
	 */
	public String databaseUser() {
		return ClusterDatabases.USER;
	}

	public int postgresPort() {
		return this.databases.port();
	}

	public URI s3Endpoint() {
		return this.objects.endpoint();
	}

	public Path runDir() {
		return this.settings.runDir.toAbsolutePath();
	}

	public Path logDir() {
		return runDir().resolve("logs");
	}

	/**
	 * @return the services' shared data directory (the first admin's password file)
	 */
	public Path dataDir() {
		return runDir().resolve("data");
	}

	/**
	 * What runs where, for the operator.
	 * @return one line per part
	 */
	public String describe() {
		return ClusterDescription.of(this);
	}

	/**
	 * Stops nginx, the instances, the object store and PostgreSQL, in that order, and
	 * deletes the run folder unless the builder's condition keeps it. Does nothing the
	 * second time.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		Stream.of(this.balancer, this.services, this.objects, this.databases).forEach(LocalCluster::closeQuietly);
		if (Thread.currentThread() != this.closeOnExit) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.closeOnExit);
			}
			catch (IllegalStateException ex) {
				// The JVM is exiting: the hook runs anyway.
			}
		}
		if (!this.settings.keepRunDir.getAsBoolean()) {
			RunFolder.delete(runDir());
		}
	}

	private static void closeQuietly(AutoCloseable part) {
		if (part == null) {
			return;
		}
		try {
			part.close();
		}
		catch (Exception ex) {
			System.err.println("Could not stop " + part + ": " + ex);
		}
	}

}
