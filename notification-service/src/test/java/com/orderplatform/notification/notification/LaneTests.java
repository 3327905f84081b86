package com.orderplatform.notification.notification;

import java.time.Instant;

import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LaneTests {

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "null, ORDER_CONFIRMATION, TRANSACTIONAL", "null, ORDER_SHIPPED, TRANSACTIONAL",
					"null, ORDER_CANCELLED, TRANSACTIONAL", "null, IMPORT_SUMMARY, TRANSACTIONAL",
					"import-7, ORDER_CONFIRMATION, BULK", "import-7, ORDER_SHIPPED, BULK",
					"import-7, IMPORT_SUMMARY, TRANSACTIONAL" })
	void putsTheMessagesOfABatchInTheBulkLaneExceptTheImportSummary(String batchId, String template, Lane lane) {
		assertThat(Lane.of(batchId, template)).isEqualTo(lane);
	}

	@Test
	void derivesTheLaneOfANotificationFromItsBatchAndTemplate() {
		assertThat(notification("ORDER_CONFIRMATION", new Queueing("import-7", "k")).lane()).isEqualTo(Lane.BULK);
		assertThat(notification("ORDER_CONFIRMATION", new Queueing(null, "k")).lane()).isEqualTo(Lane.TRANSACTIONAL);
		assertThat(notification("IMPORT_SUMMARY", new Queueing("import-7", "k")).lane()).isEqualTo(Lane.TRANSACTIONAL);
	}

	@Test
	void readsAndWritesItsCode() {
		assertThat(Lane.BULK.code()).isEqualTo("bulk");
		assertThat(Lane.TRANSACTIONAL.code()).isEqualTo("transactional");
		assertThat(Lane.fromCode("bulk")).isEqualTo(Lane.BULK);
		assertThat(Lane.fromCode("TRANSACTIONAL")).isEqualTo(Lane.TRANSACTIONAL);
	}

	private static Notification notification(String template, Queueing queueing) {
		return Notification.accept(new Content(1, new TemplateKey(template, Channel.EMAIL, Language.JA),
				"tanaka@example.co.jp", new RenderedMessage("s", "b")), queueing,
				Instant.parse("2025-12-01T10:00:00Z"));
	}

}
