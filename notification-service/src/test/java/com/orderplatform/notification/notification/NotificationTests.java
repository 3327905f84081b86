package com.orderplatform.notification.notification;

import java.time.Instant;

import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.Delivery;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotificationTests {

	private static final Instant CREATED = Instant.parse("2025-12-01T10:00:00Z");

	private static final Instant SENT = Instant.parse("2025-12-01T10:00:01Z");

	@Test
	void startsPendingWithoutIdOutcomeOrSendTime() {
		Notification notification = accepted();

		assertThat(notification.id()).isNull();
		assertThat(notification.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(notification.sentAt()).isNull();
		assertThat(notification.failureReason()).isNull();
		assertThat(notification.channel()).isEqualTo(Channel.EMAIL);
		assertThat(notification.createdAt()).isEqualTo(CREATED);
	}

	@Test
	void recordsWhenItWasSent() {
		Notification notification = saved(7);

		notification.markSent(SENT);

		assertThat(notification.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(notification.sentAt()).isEqualTo(SENT);
		assertThat(notification.failureReason()).isNull();
	}

	@Test
	void recordsWhyItFailed() {
		Notification notification = saved(7);

		notification.markFailed("  SMTP delivery failed: Connection refused ");

		assertThat(notification.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(notification.failureReason()).isEqualTo("SMTP delivery failed: Connection refused");
		assertThat(notification.sentAt()).isNull();
	}

	@Test
	void namesAnUnknownFailureWhenNoReasonIsGiven() {
		Notification notification = saved(7);

		notification.markFailed(" ");

		assertThat(notification.failureReason()).isEqualTo("unknown delivery failure");
	}

	@Test
	void cutsOverlongFailureReasonsToTheColumnSize() {
		Notification notification = saved(7);

		notification.markFailed("x".repeat(5000));

		assertThat(notification.failureReason()).hasSize(Notification.MAX_FAILURE_REASON_LENGTH).endsWith("x…");
	}

	@Test
	void cannotBeMarkedSentOnceFailed() {
		Notification notification = saved(7);
		notification.markFailed("Connection refused");

		assertThatExceptionOfType(IllegalNotificationStateException.class).isThrownBy(() -> notification.markSent(SENT))
			.withMessage("Notification 7 cannot be marked sent in state failed");
		assertThat(notification.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(notification.sentAt()).isNull();
	}

	@Test
	void cannotBeMarkedFailedOnceSent() {
		Notification notification = saved(7);
		notification.markSent(SENT);

		assertThatExceptionOfType(IllegalNotificationStateException.class)
			.isThrownBy(() -> notification.markFailed("late bounce"))
			.withMessage("Notification 7 cannot be marked failed in state sent");
		assertThat(notification.failureReason()).isNull();
	}

	@Test
	void cannotBeSentTwice() {
		Notification notification = saved(8);
		notification.markSent(SENT);

		assertThatExceptionOfType(IllegalNotificationStateException.class)
			.isThrownBy(() -> notification.markSent(SENT.plusSeconds(1)))
			.withMessage("Notification 8 cannot be marked sent in state sent");
		assertThat(notification.sentAt()).isEqualTo(SENT);
	}

	@Test
	void keepsEverythingButTheIdWhenSaved() {
		Notification notification = accepted().withId(9);

		assertThat(notification.id()).isEqualTo(9L);
		assertThat(notification.orderId()).isEqualTo(42);
		assertThat(notification.template()).isEqualTo(confirmation());
		assertThat(notification.recipient()).isEqualTo("tanaka@example.co.jp");
		assertThat(notification.message().subject()).isEqualTo("ご注文確認 — 注文番号 #42");
		assertThat(notification.status()).isEqualTo(DeliveryStatus.PENDING);
	}

	@ParameterizedTest
	@CsvSource({ "PENDING, PENDING, false", "PENDING, SENT, true", "PENDING, FAILED, true", "SENT, PENDING, false",
			"SENT, SENT, false", "SENT, FAILED, false", "FAILED, PENDING, false", "FAILED, SENT, false",
			"FAILED, FAILED, false" })
	void movesOnlyFromPendingToAnOutcome(DeliveryStatus from, DeliveryStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}

	@Test
	void restoresAStoredOutcome() {
		Notification notification = Notification.restore(3,
				new Content(42, confirmation(), "tanaka@example.co.jp", new RenderedMessage("s", "b")), CREATED,
				new Queueing("import-1", "key-3"), new Delivery(DeliveryStatus.SENT, null, SENT, 2, null));

		assertThat(notification.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(notification.sentAt()).isEqualTo(SENT);
		assertThat(notification.attempts()).isEqualTo(2);
		assertThat(notification.batchId()).isEqualTo("import-1");
		assertThat(notification.idempotencyKey()).isEqualTo("key-3");
		assertThatExceptionOfType(IllegalNotificationStateException.class)
			.isThrownBy(() -> notification.markFailed("again"));
	}

	@Test
	void isDueAtOnceWithNoAttemptsWhenAccepted() {
		Notification notification = accepted();

		assertThat(notification.attempts()).isZero();
		assertThat(notification.nextAttemptAt()).isEqualTo(CREATED);
		assertThat(notification.batchId()).isNull();
		assertThat(notification.idempotencyKey()).isNull();
	}

	@Test
	void countsEveryFinishedAttempt() {
		Notification notification = saved(7);

		notification.retryAt(CREATED.plusSeconds(1));
		notification.retryAt(CREATED.plusSeconds(3));
		notification.markSent(CREATED.plusSeconds(3));

		assertThat(notification.attempts()).isEqualTo(3);
		assertThat(notification.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(notification.nextAttemptAt()).isNull();
	}

	@Test
	void staysPendingAndDueLaterAfterAFailedAttemptThatIsRetried() {
		Notification notification = saved(7);

		notification.retryAt(CREATED.plusSeconds(1));

		assertThat(notification.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(notification.attempts()).isEqualTo(1);
		assertThat(notification.nextAttemptAt()).isEqualTo(CREATED.plusSeconds(1));
		assertThat(notification.failureReason()).isNull();
	}

	@Test
	void countsTheLastAttemptWhenItFails() {
		Notification notification = saved(7);
		notification.retryAt(CREATED.plusSeconds(1));

		notification.markFailed("simulated provider outage");

		assertThat(notification.attempts()).isEqualTo(2);
		assertThat(notification.nextAttemptAt()).isNull();
	}

	@Test
	void cannotBeRetriedOnceSent() {
		Notification notification = saved(7);
		notification.markSent(SENT);

		assertThatExceptionOfType(IllegalNotificationStateException.class)
			.isThrownBy(() -> notification.retryAt(SENT.plusSeconds(1)))
			.withMessage("Notification 7 cannot be marked pending in state sent");
		assertThat(notification.attempts()).isEqualTo(1);
	}

	@Test
	void carriesAMessageIdMadeOfItsIdAndCreationTime() {
		Notification notification = saved(42);

		assertThat(notification.emailMessageId("shop.example"))
			.isEqualTo("<notification-42.%d@shop.example>".formatted(CREATED.toEpochMilli()));
		notification.retryAt(SENT);
		assertThat(notification.emailMessageId("shop.example"))
			.isEqualTo("<notification-42.%d@shop.example>".formatted(CREATED.toEpochMilli()));
	}

	@Test
	void hasNoMessageIdAsSmsOrBeforeItIsSaved() {
		Notification sms = Notification
			.accept(42, new TemplateKey("ORDER_SHIPPED", Channel.SMS, Language.JA), "090-1234-5678",
					new RenderedMessage(null, "発送しました"), CREATED)
			.withId(5);

		assertThat(sms.emailMessageId("shop.example")).isNull();
		assertThat(accepted().emailMessageId("shop.example")).isNull();
	}

	private static Notification accepted() {
		return Notification.accept(42, confirmation(), "tanaka@example.co.jp",
				new RenderedMessage("ご注文確認 — 注文番号 #42", "田中太郎 様"), CREATED);
	}

	private static Notification saved(long id) {
		return accepted().withId(id);
	}

	private static TemplateKey confirmation() {
		return new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA);
	}

}
