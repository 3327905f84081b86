package com.orderplatform.order;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.testsupport.LocalAddresses;
import com.orderplatform.testsupport.TestDatabases;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real service listens on the loopback interface unless {@code OMS_BIND_ADDRESS} says
 * otherwise: a connection to one of the machine's other addresses is refused. Where the
 * machine has no other address, the address the web server bound is still asserted.
 */
class BindAddressIntegrationTests {

	private final Path database = TestDatabases.newSqliteFile("bind_address");

	@Test
	void listensOnTheLoopbackInterfaceByDefault() throws IOException {
		try (ConfigurableApplicationContext service = start()) {
			int port = port(service);

			assertThat(boundAddress(service)).isEqualTo(InetAddress.getByName("127.0.0.1"));
			assertThat(LocalAddresses.connects(InetAddress.getLoopbackAddress(), port)).isTrue();
			for (InetAddress other : LocalAddresses.nonLoopbackIpv4()) {
				assertThatExceptionOfType(ConnectException.class).as("a connection to %s", other)
					.isThrownBy(() -> LocalAddresses.connects(other, port));
			}
		}
	}

	@Test
	void listensOnEveryInterfaceWhenOmsBindAddressSaysSo() throws IOException {
		try (ConfigurableApplicationContext service = start("--OMS_BIND_ADDRESS=0.0.0.0")) {
			int port = port(service);

			assertThat(boundAddress(service)).isEqualTo(InetAddress.getByName("0.0.0.0"));
			assertThat(LocalAddresses.connects(InetAddress.getLoopbackAddress(), port)).isTrue();
			for (InetAddress other : LocalAddresses.nonLoopbackIpv4()) {
				assertThat(LocalAddresses.connects(other, port)).as("a connection to %s", other).isTrue();
			}
		}
	}

	private ConfigurableApplicationContext start(String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:sqlite:" + this.database + TestDatabases.SQLITE_PARAMETERS,
				"--oms.data-dir=" + this.database.getParent(), "--oms.initial-admin.password=bind-address-password",
				"--oms.webhooks.secret=webhook-secret-for-tests-0123"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(OrderServiceApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext service) {
		return ((WebServerApplicationContext) service).getWebServer().getPort();
	}

	/** The address Tomcat's connector was told to bind. */
	private static InetAddress boundAddress(ConfigurableApplicationContext service) {
		Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) service).getWebServer()).getTomcat()
			.getConnector();
		return (InetAddress) connector.getProperty("address");
	}

}
