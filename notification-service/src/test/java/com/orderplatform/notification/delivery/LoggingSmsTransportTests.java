package com.orderplatform.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text message is logged by id, template and a masked number, never its text. */
class LoggingSmsTransportTests {

	@Test
	void logsTheIdTemplateAndAMaskedNumberButNotTheText() {
		SmsMessage message = new SmsMessage(7, "ORDER_SHIPPED (sms, ja)", "+81312345678", "田中太郎様 ご注文 #7 を発送しました");

		try (TransportLogs logs = new TransportLogs(LoggingSmsTransport.class)) {
			new LoggingSmsTransport().send(message);

			assertThat(logs.messages()).containsExactly(
					"SMS of notification 7 (ORDER_SHIPPED (sms, ja)) to +81*******78 recorded, not sent (no SMS provider configured)");
			assertThat(logs.messages())
				.noneMatch(line -> line.contains("+81312345678") || line.contains("田中太郎") || line.contains("発送"));
		}
	}

}
