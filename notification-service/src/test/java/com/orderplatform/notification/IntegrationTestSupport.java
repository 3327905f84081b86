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

import static org.awaitility.Awaitility.await;

/**
 * Base of the tests that drive the whole service through its HTTP API, with real tokens
 * ({@link TestTokens}): notifications are queued as the order service and read as a
 * viewer. The real dispatcher runs in the background on {@link TestTime}. Subclasses
 * choose the database (and mail server); subclasses that choose the same share one Spring
 * context. Every test starts with an idle dispatcher and no notifications.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestTimeConfiguration.class)
public abstract class IntegrationTestSupport {

	/** How long a test waits for the dispatcher, in real time. */
	protected static final Duration DISPATCH_TIMEOUT = Duration.ofSeconds(30);

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

	/**
	 * Lets the dispatcher finish what an earlier test queued (it moves test time while it
	 * paces), then empties the table and moves past the last send slot.
	 */
	@BeforeEach
	void startWithAnIdleDispatcherAndNoNotifications() {
		awaitNothingPending();
		this.jdbc.sql("DELETE FROM notifications").update();
		this.time.advance(Duration.ofSeconds(1));
	}

	protected MvcTestResult postEmail(String json) {
		return post("/api/v1/notifications/email", json);
	}

	protected MvcTestResult postSms(String json) {
		return post("/api/v1/notifications/sms", json);
	}

	protected MvcTestResult postBulk(String json) {
		return post("/api/v1/notifications/bulk", json);
	}

	private MvcTestResult post(String uri, String json) {
		return this.mvc.post()
			.uri(uri)
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

	protected long countWithStatus(String status) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	protected String statusOf(long id) {
		return this.jdbc.sql("SELECT status FROM notifications WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** Waits until the dispatcher has sent or failed every queued notification. */
	protected void awaitNothingPending() {
		await().atMost(DISPATCH_TIMEOUT).until(() -> countWithStatus("pending") == 0);
	}

	protected static long idOf(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
