package com.orderplatform.notification.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderplatform.notification.notification.InvalidBulkItemsException.ItemProblem;
import com.orderplatform.notification.notification.Notification.Queueing;
import com.orderplatform.notification.notification.NotificationRepository.Receipt;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.TemplateRenderingException;
import com.orderplatform.notification.template.UnknownTemplateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues many notifications at once, all or nothing.
 * <p>
 * Every item is checked and rendered before anything is stored, so one invalid item
 * refuses the whole request. Then all new rows go in with one JDBC batch in one
 * transaction. Items are idempotent by key: a key seen before (in an earlier request, a
 * concurrent one, or earlier in this one) yields the existing notification, marked as a
 * duplicate, so a caller that crashed and sends the same request again queues nothing
 * twice. An item without a key gets one assigned, for the batch insert to find its row.
 */
@Service
public class BulkNotificationService {

	/** Problems listed in one answer; a request of many invalid items is cut short. */
	static final int MAX_PROBLEMS_LISTED = 100;

	private static final Logger log = LoggerFactory.getLogger(BulkNotificationService.class);

	private final NotificationComposer composer;

	private final NotificationRepository repository;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final int maxItems;

	BulkNotificationService(NotificationComposer composer, NotificationRepository repository,
			TransactionTemplate transactions, ApplicationEventPublisher events, BulkProperties properties) {
		this.composer = composer;
		this.repository = repository;
		this.transactions = transactions;
		this.events = events;
		this.maxItems = properties.maxItems();
	}

	/**
	 * Renders and queues every item, or none.
	 * @param commands the items, in request order
	 * @return per item, in the same order: the notification holding its key and whether
	 * it was a duplicate
	 * @throws TooManyBulkItemsException if there are more items than one request may hold
	 * @throws InvalidBulkItemsException if any item cannot be queued
	 */
	public List<Receipt> queueAll(List<SendNotification> commands) {
		if (commands.size() > this.maxItems) {
			throw new TooManyBulkItemsException(this.maxItems, commands.size());
		}
		List<Notification> notifications = composeAll(commands);
		List<Receipt> receipts = this.transactions.execute((status) -> this.repository.insertAll(notifications));
		long created = receipts.stream().filter((receipt) -> !receipt.duplicate()).count();
		log.info("Bulk request of {} notification(s): {} queued, {} duplicate(s)", receipts.size(), created,
				receipts.size() - created);
		if (created > 0) {
			this.events.publishEvent(new NotificationsQueued((int) created));
		}
		return receipts;
	}

	private List<Notification> composeAll(List<SendNotification> commands) {
		List<Notification> notifications = new ArrayList<>(commands.size());
		List<ItemProblem> problems = new ArrayList<>();
		int invalidItems = 0;
		for (int i = 0; i < commands.size(); i++) {
			ItemProblem problem = null;
			SendNotification command = withKey(commands.get(i));
			try {
				if (command.recipientFitsChannel()) {
					notifications.add(this.composer.compose(command));
				}
				else {
					problem = ItemProblem.of(i, "recipient", "must be %s for channel %s".formatted(
							(command.template().channel() == Channel.EMAIL) ? "an email address" : "a phone number",
							command.template().channel().code()));
				}
			}
			catch (UnknownTemplateException ex) {
				problem = ItemProblem.of(i, "template_name", ex.getMessage());
			}
			catch (TemplateRenderingException ex) {
				problem = ItemProblem.of(i, ex.field(), ex.getMessage());
			}
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

	private static SendNotification withKey(SendNotification command) {
		Queueing queueing = command.queueing();
		if (queueing.idempotencyKey() != null) {
			return command;
		}
		return new SendNotification(command.orderId(), command.template(), command.recipient(), command.templateData(),
				new Queueing(queueing.batchId(), "auto-" + UUID.randomUUID()));
	}

}
