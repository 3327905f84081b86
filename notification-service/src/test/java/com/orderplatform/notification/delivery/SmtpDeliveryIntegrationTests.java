package com.orderplatform.notification.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.orderplatform.notification.IntegrationTestSupport;
import com.orderplatform.testsupport.TestDatabases;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.orderplatform.notification.NotificationRequests.email;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email over real SMTP: the service talks to an in-process GreenMail server on a fixed
 * free port, which a test may stop to play a mail server that is down.
 */
class SmtpDeliveryIntegrationTests extends IntegrationTestSupport {

	private static final int SMTP_PORT = freePort();

	private static final GreenMail mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void sqliteAndSmtp(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_service_smtp");
		registry.add("oms.mail.smtp.host", () -> "127.0.0.1");
		registry.add("oms.mail.smtp.port", () -> SMTP_PORT);
		registry.add("oms.mail.smtp.timeout", () -> "5s");
		registry.add("oms.mail.from", () -> "orders@shop.example");
	}

	@BeforeEach
	void mailServerRunningAndEmpty() throws Exception {
		if (!mailServer.isRunning()) {
			mailServer.start();
		}
		mailServer.purgeEmailFromAllMailboxes();
	}

	@AfterAll
	static void stopMailServer() {
		mailServer.stop();
	}

	@Test
	void deliversTheJapaneseConfirmationWithItsExactSubjectInUtf8() throws Exception {
		var result = postEmail(email(42, "ORDER_CONFIRMATION", "ja"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		long id = idOf(result.getResponse().getHeader("Location"));
		awaitNothingPending();
		assertThat(statusOf(id)).isEqualTo("sent");
		MimeMessage[] received = mailServer.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("ご注文確認 — 注文番号 #42");
		assertThat(mail.getRecipients(RecipientType.TO)).containsExactly(new InternetAddress("tanaka@example.co.jp"));
		assertThat(mail.getFrom()).containsExactly(new InternetAddress("orders@shop.example"));
		assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat((String) mail.getContent()).startsWith("田中太郎 様").contains("ご注文金額：183,100円");
		assertThat(mail.getMessageID()).isEqualTo(messageIdOf(id));
	}

	@Test
	void retriesWhileTheMailServerIsDownThenMarksTheNotificationFailedWithTheReason() {
		mailServer.stop();

		var result = postEmail(email(42, "ORDER_CONFIRMATION", "ja"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		long id = idOf(result.getResponse().getHeader("Location"));
		awaitNothingPending();
		var json = assertThat(get("/api/v1/notifications/{id}", id)).bodyJson();
		json.extractingPath("$.status").isEqualTo("failed");
		json.extractingPath("$.attempts").isEqualTo(4);
		json.extractingPath("$.sent_at").isNull();
		json.extractingPath("$.failure_reason")
			.asString()
			.startsWith("SMTP delivery via 127.0.0.1:" + SMTP_PORT + " failed: ")
			.containsIgnoringCase("connection refused");
		assertThat(this.jdbc.sql("SELECT status FROM notifications").query(String.class).list())
			.containsExactly("failed");
	}

	@Test
	void givesTheEmailTheMessageIdTheApiShows() throws Exception {
		var result = postEmail(email(43, "ORDER_SHIPPED", "en"));
		long id = idOf(result.getResponse().getHeader("Location"));
		awaitNothingPending();

		assertThat(result).bodyJson().extractingPath("$.message_id").isEqualTo(messageIdOf(id));
		assertThat(mailServer.getReceivedMessages()).extracting(MimeMessage::getMessageID)
			.containsExactly(messageIdOf(id));
	}

	private String messageIdOf(long id) {
		long createdAt = this.jdbc.sql("SELECT created_at FROM notifications WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getTimestamp("created_at").toInstant().toEpochMilli())
			.single();
		return "<notification-%d.%d@shop.example>".formatted(id, createdAt);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
