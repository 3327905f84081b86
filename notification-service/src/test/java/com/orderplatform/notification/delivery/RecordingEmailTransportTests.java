package com.orderplatform.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An email recorded instead of sent is logged by id, template and a masked recipient; its
 * subject and body, which hold the customer's name and order, are not.
 */
class RecordingEmailTransportTests {

	private static final String BODY = "田中太郎 様\nご注文ありがとうございます。注文番号 #42、合計 183,100円";

	@Test
	void logsTheIdTemplateAndAMaskedRecipientButNoContent() {
		EmailMessage message = new EmailMessage(42, "ORDER_CONFIRMATION (email, ja)",
				"<notification-42.1764583200123@shop.example>", "tanaka@example.co.jp", "ご注文確認 — 注文番号 #42", BODY);

		try (TransportLogs logs = new TransportLogs(RecordingEmailTransport.class)) {
			new RecordingEmailTransport().send(message);

			assertThat(logs.messages()).containsExactly("Email of notification 42 (ORDER_CONFIRMATION (email, ja)) to"
					+ " t***@example.co.jp recorded, not sent (no SMTP host configured);"
					+ " message-id=<notification-42.1764583200123@shop.example>");
			assertThat(logs.messages()).noneMatch(line -> line.contains("tanaka@example.co.jp") || line.contains("田中太郎")
					|| line.contains("ご注文確認") || line.contains("183,100"));
		}
	}

}
