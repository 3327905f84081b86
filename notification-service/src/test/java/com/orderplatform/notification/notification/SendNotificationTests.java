package com.orderplatform.notification.notification;

import java.util.Map;

import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.notification.api.SendSmsRequest;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.Test;

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
				Map.of("customer_name", "田中太郎"));

		assertThat(command.variables())
			.containsExactlyInAnyOrderEntriesOf(Map.of("customer_name", "田中太郎", "order_id", 42L));
	}

	@Test
	void keepsTheOrderIdTheDataGives() {
		SendNotification command = new SendNotification(42, confirmation(), "a@example.com",
				Map.of("order_id", "A-42"));

		assertThat(command.variables()).containsExactly(Map.entry("order_id", "A-42"));
	}

	@Test
	void treatsMissingDataAsEmpty() {
		SendNotification command = new SendNotification(42, confirmation(), "a@example.com", null);

		assertThat(command.variables()).containsExactly(Map.entry("order_id", 42L));
	}

	private static TemplateKey confirmation() {
		return new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA);
	}

}
