package com.orderplatform.notification;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Base of the tests that drive the whole service through its HTTP API, with real tokens
 * ({@link TestTokens}): notifications are sent as the order service and read as a viewer.
 * Subclasses choose the database (and mail server); subclasses that choose the same share
 * one Spring context. Every test starts with no notifications and a fresh rate-limit
 * second.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestTimeConfiguration.class)
public abstract class IntegrationTestSupport {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected TestTime time;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
		TestTokens.register(registry);
	}

	@BeforeEach
	void startWithNoNotificationsAndAFullRateLimit() {
		this.jdbc.sql("DELETE FROM notifications").update();
		this.time.advance(Duration.ofSeconds(1));
	}

	protected MvcTestResult postEmail(String json) {
		return this.mvc.post()
			.uri("/api/v1/notifications/email")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.service())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	protected MvcTestResult postSms(String json) {
		return this.mvc.post()
			.uri("/api/v1/notifications/sms")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.service())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/**
	 * Reads as a viewer.
	 * @param uri the path, with {@code {}} placeholders
	 * @param variables the placeholders' values
	 * @return the result
	 */
	protected MvcTestResult get(String uri, Object... variables) {
		return this.mvc.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, TestTokens.viewer()).exchange();
	}

	protected long countNotifications() {
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications").query(Long.class).single();
	}

}
