package com.orderplatform.testsupport.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Describes a {@link ServicePlatform}: where the jars are, the environment and JVM
 * options of all services or of one, how long a start may take, and whether to keep the
 * data directory on close. Each service gets a free port, and every service's environment
 * names the data directory ({@code OMS_DATA_DIR}), its own port
 * ({@code OMS_<SERVICE>_PORT}) and the three services' URLs ({@code OMS_<SERVICE>_URL});
 * {@link #environment(Map)} adds to that and may override it. For a cluster,
 * {@link #instances(int)} runs several instances of every service, on the ports
 * {@link #ports(BiFunction)} chooses, each with the variables
 * {@link #instanceEnvironment(BiFunction)} gives it (its instance id, its management
 * port); the URLs then name the first instances unless the environment points them at a
 * load balancer.
 */
public final class ServicePlatformBuilder {

	private final Path dataDir;

	private Function<String, Path> jars = (module) -> Path.of(module + ".jar");

	private String missingJarHint = "build the services first";

	private Path logDir = Path.of("target", "platform-logs");

	private final Map<String, String> environment = new HashMap<>();

	private final List<String> jvmOptions = new ArrayList<>();

	private final Map<String, List<String>> serviceJvmOptions = new HashMap<>();

	private Duration startTimeout = Duration.ofMinutes(2);

	private boolean inheritSettings = true;

	private BooleanSupplier keepData = () -> false;

	private int instances = 1;

	private BiFunction<String, Integer, Integer> ports = (service, instance) -> ServiceProcess.freePort();

	private BiFunction<String, Integer, Map<String, String>> instanceEnvironment = (service, instance) -> Map.of();

	ServicePlatformBuilder(Path dataDir) {
		this.dataDir = dataDir;
	}

	/**
	 * Where each service's runnable jar is.
	 * @param jars from the module's name ({@code order-service}) to its jar
	 * @param missingJarHint what to do when a jar is missing, for the error message
	 * @return this builder
	 */
	public ServicePlatformBuilder jars(Function<String, Path> jars, String missingJarHint) {
		this.jars = jars;
		this.missingJarHint = missingJarHint;
		return this;
	}

	/**
	 * Where the services log ({@code <service>-service.log}).
	 * @param logDir the folder, created if need be
	 * @return this builder
	 */
	public ServicePlatformBuilder logDir(Path logDir) {
		this.logDir = logDir;
		return this;
	}

	/**
	 * Environment variables of all three services, over the defaults.
	 * @param variables the variables
	 * @return this builder
	 */
	public ServicePlatformBuilder environment(Map<String, String> variables) {
		this.environment.putAll(variables);
		return this;
	}

	/**
	 * JVM options of all three services.
	 * @param options the options, before {@code -jar}
	 * @return this builder
	 */
	public ServicePlatformBuilder jvmOptions(List<String> options) {
		this.jvmOptions.addAll(options);
		return this;
	}

	/**
	 * JVM options of one service, after those of all.
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @param options the options
	 * @return this builder
	 */
	public ServicePlatformBuilder jvmOptions(String service, List<String> options) {
		checkService(service);
		this.serviceJvmOptions.computeIfAbsent(service, (key) -> new ArrayList<>()).addAll(options);
		return this;
	}

	/**
	 * Starts the services without the {@code OMS_*} variables this JVM inherited
	 * ({@link ServiceProcess#withoutInheritedSettings()}).
	 * @return this builder
	 */
	public ServicePlatformBuilder withoutInheritedSettings() {
		this.inheritSettings = false;
		return this;
	}

	/**
	 * How long each service may take to become healthy (two minutes unless set).
	 * @param timeout the longest wait
	 * @return this builder
	 */
	public ServicePlatformBuilder startTimeout(Duration timeout) {
		this.startTimeout = timeout;
		return this;
	}

	/**
	 * When to keep the data directory on close instead of deleting it, asked at close.
	 * @param condition {@code true} to keep it
	 * @return this builder
	 */
	public ServicePlatformBuilder keepDataWhen(BooleanSupplier condition) {
		this.keepData = condition;
		return this;
	}

	/**
	 * How many instances of every service to run (one unless set). With more than one,
	 * each logs to {@code <service>-service-<n>.log}.
	 * @param count instances per service, at least one
	 * @return this builder
	 */
	public ServicePlatformBuilder instances(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("At least one instance per service, not " + count);
		}
		this.instances = count;
		return this;
	}

	/**
	 * The port of each instance (a free one unless set).
	 * @param portOf from the service's name ({@code order}) and the instance's number
	 * (from 1) to its port
	 * @return this builder
	 */
	public ServicePlatformBuilder ports(BiFunction<String, Integer, Integer> portOf) {
		this.ports = portOf;
		return this;
	}

	/**
	 * Variables of one instance, over all the others.
	 * @param variables from the service's name and the instance's number (from 1) to its
	 * variables
	 * @return this builder
	 */
	public ServicePlatformBuilder instanceEnvironment(BiFunction<String, Integer, Map<String, String>> variables) {
		this.instanceEnvironment = variables;
		return this;
	}

	/**
	 * Starts the three services and waits until each is healthy; stops them again if one
	 * fails to start.
	 * @return the running platform
	 * @throws IllegalStateException if a jar is missing or a service does not start (the
	 * data directory is deleted then)
	 */
	public ServicePlatform start() {
		Map<String, List<Integer>> ports = new LinkedHashMap<>();
		for (String service : ServicePlatform.SERVICES) {
			List<Integer> instancePorts = new ArrayList<>();
			for (int instance = 1; instance <= this.instances; instance++) {
				instancePorts.add(this.ports.apply(service, instance));
			}
			ports.put(service, instancePorts);
		}
		Map<String, Integer> firstPorts = new LinkedHashMap<>();
		ports.forEach((service, instancePorts) -> firstPorts.put(service, instancePorts.get(0)));
		Map<String, List<ServiceProcess>> services = new HashMap<>();
		try {
			ports.forEach((service, instancePorts) -> {
				List<ServiceProcess> instances = new ArrayList<>();
				for (int i = 0; i < instancePorts.size(); i++) {
					instances.add(service(service, i + 1, instancePorts.get(i), firstPorts));
				}
				services.put(service, instances);
			});
		}
		catch (RuntimeException ex) {
			ServicePlatform.deleteRecursively(this.dataDir);
			throw ex;
		}
		ServicePlatform platform = new ServicePlatform(services, this.dataDir, this.keepData);
		platform.start();
		return platform;
	}

	/**
	 * The environment a service starts with.
	 * @param service its name
	 * @param ports every service's port
	 * @return the defaults, then the variables set here
	 */
	Map<String, String> environmentOf(String service, Map<String, Integer> ports) {
		Map<String, String> variables = new HashMap<>();
		variables.put("OMS_DATA_DIR", this.dataDir.toString());
		ports.forEach((name, port) -> variables.put("OMS_" + upper(name) + "_URL", "http://127.0.0.1:" + port));
		variables.put("OMS_" + upper(service) + "_PORT", Integer.toString(ports.get(service)));
		variables.putAll(this.environment);
		return variables;
	}

	private ServiceProcess service(String service, int instance, int port, Map<String, Integer> firstPorts) {
		String module = service + "-service";
		Path jar = this.jars.apply(module);
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"No runnable jar for " + module + " at " + jar + "; " + this.missingJarHint);
		}
		List<String> options = new ArrayList<>(this.jvmOptions);
		options.addAll(this.serviceJvmOptions.getOrDefault(service, List.of()));
		Map<String, Integer> ports = new HashMap<>(firstPorts);
		ports.put(service, port);
		Map<String, String> environment = environmentOf(service, ports);
		environment.putAll(this.instanceEnvironment.apply(service, instance));
		String name = (this.instances == 1) ? module : module + "-" + instance;
		ServiceProcess process = new ServiceProcess(name, jar, port, environment, options, this.logDir,
				this.startTimeout);
		return this.inheritSettings ? process : process.withoutInheritedSettings();
	}

	private static void checkService(String service) {
		if (!ServicePlatform.SERVICES.contains(service)) {
			throw new IllegalArgumentException(
					"No service '" + service + "'; the services are " + ServicePlatform.SERVICES);
		}
	}

	private static String upper(String service) {
		return service.toUpperCase(Locale.ROOT);
	}

}
