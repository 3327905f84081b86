package com.orderplatform.notification.notification.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.InvalidBulkItemsException.ItemProblem;
import com.orderplatform.notification.notification.InvalidBulkItemsException;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateRenderer;
import com.orderplatform.notification.template.TemplateRenderingException;
import com.orderplatform.notification.template.UnknownTemplateException;

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

	/** Problems listed in one answer; a request of many invalid items is cut short. */
	static final int MAX_PROBLEMS_LISTED = 100;

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
	 * Renders and stamps every item of a request. A single request's problem is thrown as
	 * it is, naming the request's own field; a bulk request's items are all checked, and
	 * the problems listed by item, before anything is refused.
	 * @param commands the items, in request order
	 * @param intake where they came in
	 * @return the pending notifications, in the same order, not yet saved
	 * @throws InvalidBulkItemsException if any bulk item cannot be queued
	 */
	List<Notification> composeAll(List<SendNotification> commands, Intake intake) {
		if (intake == Intake.SINGLE) {
			return commands.stream().map(this::compose).toList();
		}
		List<Notification> notifications = new ArrayList<>(commands.size());
		List<ItemProblem> problems = new ArrayList<>();
		int invalidItems = 0;
		for (int i = 0; i < commands.size(); i++) {
			ItemProblem problem = composeItem(i, commands.get(i), notifications);
			if (problem != null) {
				invalidItems++;
				if (problems.size() < MAX_PROBLEMS_LISTED) {
					problems.add(problem);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidBulkItemsException(problems, invalidItems);
		}
		return notifications;
	}

	private ItemProblem composeItem(int index, SendNotification command, List<Notification> notifications) {
		if (!command.recipientFitsChannel()) {
			return ItemProblem.of(index, "recipient",
					"must be %s for channel %s".formatted(
							(command.template().channel() == Channel.EMAIL) ? "an email address" : "a phone number",
							command.template().channel().code()));
		}
		try {
			notifications.add(compose(command));
			return null;
		}
		catch (UnknownTemplateException ex) {
			return ItemProblem.of(index, "template_name", ex.getMessage());
		}
		catch (TemplateRenderingException ex) {
			return ItemProblem.of(index, ex.field(), ex.getMessage());
		}
	}

	/**
	 * Millisecond precision: what both databases store, so a read returns what was
	 * written.
	 */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
