package com.orderplatform.notification.notification.intake;

import java.util.Map;

import com.orderplatform.notification.api.BulkNotificationItem;
import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.notification.api.SendSmsRequest;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SendNotificationTests {

	@Test
	void defaultsToJapanese() {
		SendNotification command = SendNotification
			.email(new SendEmailRequest(42L, "tanaka@example.co.jp", "ORDER_CONFIRMATION", Map.of(), null));

		assertThat(command.template()).isEqualTo(new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA));
		assertThat(command.recipient()).isEqualTo("tanaka@example.co.jp");
	}

	@Test
	void takesTheChannelFromTheRequestType() {
		SendNotification command = SendNotification
			.sms(new SendSmsRequest(42L, "090-1234-5678", "ORDER_SHIPPED", Map.of(), "en"));

		assertThat(command.template()).isEqualTo(new TemplateKey("ORDER_SHIPPED", Channel.SMS, Language.EN));
		assertThat(command.recipient()).isEqualTo("090-1234-5678");
	}

	@Test
	void addsTheRequestsOrderIdWhenTheDataLeavesItOut() {
		SendNotification command = new SendNotification(42, confirmation(), "a@example.com",
				Map.of("customer_name", "田中太郎"), Queueing.NONE);

		assertThat(command.variables())
			.containsExactlyInAnyOrderEntriesOf(Map.of("customer_name", "田中太郎", "order_id", 42L));
	}

	@Test
	void keepsTheOrderIdTheDataGives() {
		SendNotification command = new SendNotification(42, confirmation(), "a@example.com", Map.of("order_id", "A-42"),
				Queueing.NONE);

		assertThat(command.variables()).containsExactly(Map.entry("order_id", "A-42"));
	}

	@Test
	void treatsMissingDataAsEmpty() {
		SendNotification command = new SendNotification(42, confirmation(), "a@example.com", null, Queueing.NONE);

		assertThat(command.variables()).containsExactly(Map.entry("order_id", 42L));
	}

	@Test
	void carriesTheIdempotencyKeyOfASingleRequest() {
		SendNotification command = SendNotification.email(new SendEmailRequest(42L, "tanaka@example.co.jp",
				"ORDER_CONFIRMATION", Map.of(), null, "order-42-confirmation"));

		assertThat(command.queueing()).isEqualTo(new Queueing(null, "order-42-confirmation"));
	}

	@Test
	void readsABulkItem() {
		SendNotification command = SendNotification.item(new BulkNotificationItem(7L, "SMS", " +81-90-1234-5678 ",
				"IMPORT_SUMMARY", Map.of(), "en", "import-3-summary", "import-3"));

		assertThat(command.orderId()).isEqualTo(7);
		assertThat(command.template()).isEqualTo(new TemplateKey("IMPORT_SUMMARY", Channel.SMS, Language.EN));
		assertThat(command.recipient()).isEqualTo("+81-90-1234-5678");
		assertThat(command.queueing()).isEqualTo(new Queueing("import-3", "import-3-summary"));
	}

	@ParameterizedTest
	@CsvSource({ "EMAIL, tanaka@example.co.jp, true", "EMAIL, +81-90-1234-5678, false", "SMS, +81-90-1234-5678, true",
			"SMS, 090-1234-5678, true", "SMS, tanaka@example.co.jp, false", "EMAIL, tanaka@example, false" })
	void checksTheRecipientAgainstTheChannel(Channel channel, String recipient, boolean fits) {
		SendNotification command = new SendNotification(1, new TemplateKey("ORDER_SHIPPED", channel, Language.JA),
				recipient, Map.of(), Queueing.NONE);

		assertThat(command.recipientFitsChannel()).isEqualTo(fits);
	}

	private static TemplateKey confirmation() {
		return new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA);
	}

}
