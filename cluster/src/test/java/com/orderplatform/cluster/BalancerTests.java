package com.orderplatform.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BalancerTests {

	@TempDir
	Path dir;

	@Test
	void generatesOneUnprivilegedServerPerServiceThatNginxAccepts() throws Exception {
		Map<String, Balancer.Upstream> upstreams = new LinkedHashMap<>();
		upstreams.put("order", new Balancer.Upstream(28000, List.of(18001, 18002)));
		upstreams.put("payment", new Balancer.Upstream(28001, List.of(18101, 18102)));
		Path run = this.dir.resolve("nginx");
		Path logs = this.dir.resolve("logs");

		String config = Balancer.configuration(run, logs, upstreams, 50);

		assertThat(config).contains("pid " + run + "/nginx.pid;", "error_log stderr notice;",
				"client_body_temp_path " + run + "/body;", "proxy_temp_path " + run + "/proxy;",
				"fastcgi_temp_path " + run + "/fastcgi;", "uwsgi_temp_path " + run + "/uwsgi;",
				"scgi_temp_path " + run + "/scgi;", "listen 127.0.0.1:28000;", "listen 127.0.0.1:28001;",
				"server 127.0.0.1:18001 max_fails=1 fail_timeout=5s;",
				"server 127.0.0.1:18102 max_fails=1 fail_timeout=5s;", "client_max_body_size 51m;",
				"proxy_request_buffering off;", "proxy_http_version 1.1;", "X-Forwarded-For", "X-Forwarded-Proto");
		assertThat(config).doesNotContain("${");
		Files.createDirectories(run);
		Files.createDirectories(logs);
		Path file = Files.writeString(run.resolve("nginx.conf"), config);
		Nginx.check(Nginx.executable(), file, logs.resolve("nginx.log"));
		assertThat(logs.resolve("nginx.log")).content().contains("test is successful");
	}

	@Test
	void refusesAConfigurationNginxRejectsWithNginxsOwnMessage() throws Exception {
		Path file = Files.writeString(this.dir.resolve("nginx.conf"),
				"pid " + this.dir + "/nginx.pid; events { } http { upstream order { } }");

		assertThatIllegalStateException()
			.isThrownBy(() -> Nginx.check(Nginx.executable(), file, this.dir.resolve("nginx.log")))
			.withMessageStartingWith("nginx rejects " + file)
			.withMessageContaining("no servers are inside upstream");
	}

}
