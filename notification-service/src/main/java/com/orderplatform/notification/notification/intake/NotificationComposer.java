package com.orderplatform.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.orderplatform.notification.notification.Notification.Content;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateRenderer;

import org.springframework.stereotype.Component;

/**
 * Turns a send request into a pending notification: renders its template (compiled once
 * and cached by the renderer, so a bulk request renders every item with the same compiled
 * template) and stamps the time. Rendering happens here, when the notification is
 * accepted, so that a request that cannot be rendered is refused at once and the
 * dispatcher only ever sends finished text.
 */
@Component
class NotificationComposer {

	private final TemplateRenderer renderer;

	private final Clock clock;

	NotificationComposer(TemplateRenderer renderer, Clock clock) {
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * Renders and stamps a notification.
	 * @param command what to send to whom
	 * @return a pending notification, due now, not yet saved
	 * @throws com.orderplatform.notification.template.UnknownTemplateException if the
	 * template does not exist
	 * @throws com.orderplatform.notification.template.TemplateRenderingException if the
	 * data does not fit the template
	 */
	Notification compose(SendNotification command) {
		RenderedMessage message = this.renderer.render(command.template(), command.variables());
		return Notification.accept(new Content(command.orderId(), command.template(), command.recipient(), message),
				command.queueing(), now());
	}

	/**
	 * Millisecond precision: what both databases store, so a read returns what was
	 * written.
	 */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
