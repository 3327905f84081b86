package com.orderplatform.notification.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderplatform.notification.TestTime;
import com.orderplatform.notification.TestTimeConfiguration;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import com.orderplatform.notification.template.TemplateRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The notification and template tables on a real database; one subclass per engine, so
 * SQLite and PostgreSQL answer the same questions. The context is a (mock) web one
 * because the platform's security configuration needs a servlet environment to start.
 */
@SpringBootTest
@Import(TestTimeConfiguration.class)
abstract class AbstractPersistenceIntegrationTests {

	private static final Instant T0 = Instant.parse("2025-12-01T10:00:00.123Z");

	@Autowired
	NotificationRepository repository;

	@Autowired
	TemplateRenderer renderer;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noNotifications() {
		this.jdbc.sql("DELETE FROM notifications").update();
	}

	@Test
	void storesAndReadsBackEveryFieldExactly() {
		Notification saved = this.repository.insert(confirmation(42, T0));

		Notification read = this.repository.findById(saved.id()).orElseThrow();

		assertThat(read.id()).isEqualTo(saved.id()).isPositive();
		assertThat(read.orderId()).isEqualTo(42);
		assertThat(read.template()).isEqualTo(new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA));
		assertThat(read.recipient()).isEqualTo("tanaka@example.co.jp");
		assertThat(read.message()).isEqualTo(new RenderedMessage("ご注文確認 — 注文番号 #42", "田中太郎 様\n183,100円"));
		assertThat(read.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(read.failureReason()).isNull();
		assertThat(read.sentAt()).isNull();
		assertThat(read.createdAt()).isEqualTo(T0);
	}

	@Test
	void storesSmsWithoutSubject() {
		Notification sms = Notification.accept(42, new TemplateKey("ORDER_SHIPPED", Channel.SMS, Language.EN),
				"+81-90-1234-5678", new RenderedMessage(null, "shipped"), T0);

		Notification read = this.repository.findById(this.repository.insert(sms).id()).orElseThrow();

		assertThat(read.channel()).isEqualTo(Channel.SMS);
		assertThat(read.template().language()).isEqualTo(Language.EN);
		assertThat(read.message().subject()).isNull();
	}

	@Test
	void savesTheDeliveryOutcome() {
		Notification sent = this.repository.insert(confirmation(42, T0));
		Notification failed = this.repository.insert(confirmation(43, T0));
		sent.markSent(T0.plusMillis(250));
		failed.markFailed("SMTP delivery via mail:25 failed: Connection refused");

		this.repository.saveDeliveryOutcome(sent);
		this.repository.saveDeliveryOutcome(failed);

		Notification readSent = this.repository.findById(sent.id()).orElseThrow();
		assertThat(readSent.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(readSent.sentAt()).isEqualTo(T0.plusMillis(250));
		Notification readFailed = this.repository.findById(failed.id()).orElseThrow();
		assertThat(readFailed.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(readFailed.failureReason()).isEqualTo("SMTP delivery via mail:25 failed: Connection refused");
		assertThat(readFailed.sentAt()).isNull();
	}

	@Test
	void refusesToRecordASecondOutcome() {
		Notification saved = this.repository.insert(confirmation(42, T0));
		Notification firstCopy = this.repository.findById(saved.id()).orElseThrow();
		Notification secondCopy = this.repository.findById(saved.id()).orElseThrow();
		firstCopy.markSent(T0);
		this.repository.saveDeliveryOutcome(firstCopy);
		secondCopy.markFailed("late failure");

		assertThatExceptionOfType(IllegalNotificationStateException.class)
			.isThrownBy(() -> this.repository.saveDeliveryOutcome(secondCopy))
			.withMessage("Notification %d cannot be marked failed: it is no longer pending", saved.id());
		assertThat(this.repository.findById(saved.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
	}

	@Test
	void findsNothingForAnUnknownId() {
		assertThat(this.repository.findById(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void listsTheNotificationsOfAnOrderOldestFirst() {
		long third = this.repository.insert(confirmation(42, T0.plusSeconds(2))).id();
		long first = this.repository.insert(confirmation(42, T0)).id();
		this.repository.insert(confirmation(43, T0.plusSeconds(1)));
		long second = this.repository.insert(confirmation(42, T0.plusSeconds(1))).id();

		assertThat(this.repository.findByOrderId(42)).extracting(Notification::id)
			.containsExactly(first, second, third);
		assertThat(this.repository.findByOrderId(44)).isEmpty();
	}

	@Test
	void pagesNewestFirstWithStatusFilterAndExactCounts() {
		for (int i = 0; i < 7; i++) {
			Notification notification = this.repository.insert(confirmation(100 + i, T0.plusSeconds(i)));
			if (i % 3 == 0) {
				notification.markFailed("refused");
			}
			else {
				notification.markSent(T0.plusSeconds(i));
			}
			this.repository.saveDeliveryOutcome(notification);
		}

		assertThat(this.repository.count(null)).isEqualTo(7);
		assertThat(this.repository.count(DeliveryStatus.FAILED)).isEqualTo(3);
		assertThat(this.repository.count(DeliveryStatus.SENT)).isEqualTo(4);
		assertThat(this.repository.count(DeliveryStatus.PENDING)).isZero();
		assertThat(this.repository.findPage(null, 0, 3)).extracting(Notification::orderId)
			.containsExactly(106L, 105L, 104L);
		assertThat(this.repository.findPage(DeliveryStatus.FAILED, 1, 5)).extracting(Notification::orderId)
			.containsExactly(103L, 100L);
		assertThat(this.repository.findPage(DeliveryStatus.SENT, 4, 5)).isEmpty();
	}

	@Test
	void readsTheSeededJapaneseTemplatesIntact() {
		Map<String, Object> data = Map.of("order_id", 42, "customer_name", "田中太郎", "total_amount", 183100, "item_count",
				2);

		assertThat(this.renderer.render(key("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA), data).subject())
			.isEqualTo("ご注文確認 — 注文番号 #42");
		assertThat(this.renderer.render(key("ORDER_SHIPPED", Channel.EMAIL, Language.JA), data).subject())
			.isEqualTo("発送のお知らせ — 注文番号 #42");
		assertThat(this.renderer.render(key("ORDER_CANCELLED", Channel.EMAIL, Language.JA), data).subject())
			.isEqualTo("ご注文キャンセルのお知らせ — 注文番号 #42");
		assertThat(this.renderer.render(key("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA), data).body())
			.startsWith("田中太郎 様\n\nこの度はご注文いただき誠にありがとうございます。")
			.contains("ご注文金額：183,100円");
	}

	@Test
	void seedsEveryTemplateByEmailAndSmsInJapaneseAndEnglish() {
		List<String> rows = this.jdbc
			.sql("SELECT name || '/' || channel || '/' || language FROM notification_templates ORDER BY 1")
			.query(String.class)
			.list();

		assertThat(rows).containsExactly("ORDER_CANCELLED/email/en", "ORDER_CANCELLED/email/ja",
				"ORDER_CANCELLED/sms/en", "ORDER_CANCELLED/sms/ja", "ORDER_CONFIRMATION/email/en",
				"ORDER_CONFIRMATION/email/ja", "ORDER_CONFIRMATION/sms/en", "ORDER_CONFIRMATION/sms/ja",
				"ORDER_SHIPPED/email/en", "ORDER_SHIPPED/email/ja", "ORDER_SHIPPED/sms/en", "ORDER_SHIPPED/sms/ja");
	}

	@Test
	void rendersEverySeededTemplateWithTheSpecsSampleData() {
		Map<String, Object> data = Map.of("order_id", 1, "customer_name", "田中太郎", "total_amount", 183100, "currency",
				"JPY", "item_count", 2);
		for (String name : List.of("ORDER_CONFIRMATION", "ORDER_SHIPPED", "ORDER_CANCELLED")) {
			for (Channel channel : Channel.values()) {
				for (Language language : Language.values()) {
					RenderedMessage message = this.renderer.render(key(name, channel, language), data);
					assertThat(message.body()).as("%s %s %s", name, channel, language).contains("田中太郎").contains("1");
					assertThat(message.subject() != null).isEqualTo(channel == Channel.EMAIL);
				}
			}
		}
	}

	private static TemplateKey key(String name, Channel channel, Language language) {
		return new TemplateKey(name, channel, language);
	}

	private static Notification confirmation(long orderId, Instant createdAt) {
		return Notification.accept(orderId, key("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA),
				"tanaka@example.co.jp", new RenderedMessage("ご注文確認 — 注文番号 #" + orderId, "田中太郎 様\n183,100円"), createdAt);
	}

}
