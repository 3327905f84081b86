package com.orderplatform.notification.notification.intake;

import java.util.List;

import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.NotificationsQueued;
import com.orderplatform.notification.notification.TooManyBulkItemsException;
import com.orderplatform.notification.notification.store.NotificationRepository;
import com.orderplatform.notification.notification.store.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way notifications are queued: a bulk request, and a single one as a bulk of one
 * ({@link NotificationService#queue}), all or nothing.
 * <p>
 * Every item is rendered (and a bulk item checked) before anything is stored, so one
 * invalid item refuses the whole request. Then all new rows go in with multi-row inserts
 * in one transaction, each in its lane, a bulk one with its batch's round. Items are
 * idempotent by key: a key seen before (in an earlier request, a concurrent one, or
 * earlier in this one) yields the existing notification, marked as a duplicate, so a
 * caller that crashed and sends the same request again queues nothing twice. A bulk item
 * without a key gets one assigned, for the batch insert to find its row; a single request
 * without one is queued as it is. The dispatcher is woken once the rows are committed.
 */
@Service
public class BulkNotificationService {

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
	 * Renders and queues every item of a bulk request, or none.
	 * @param commands the items, in request order
	 * @return per item, in the same order: the notification holding its key and whether
	 * it was a duplicate
	 * @throws TooManyBulkItemsException if there are more items than one request may hold
	 * @throws com.orderplatform.notification.notification.InvalidBulkItemsException if
	 * any item cannot be queued
	 */
	public List<Receipt> queueAll(List<SendNotification> commands) {
		if (commands.size() > this.maxItems) {
			throw new TooManyBulkItemsException(this.maxItems, commands.size());
		}
		List<Receipt> receipts = queue(commands.stream().map(SendNotification::withKey).toList(), Intake.BULK);
		long duplicates = receipts.stream().filter(Receipt::duplicate).count();
		log.info("Bulk request of {} notification(s): {} queued, {} duplicate(s)", receipts.size(),
				receipts.size() - duplicates, duplicates);
		return receipts;
	}

	/**
	 * Renders and queues notifications, all or none.
	 * @param commands what to send to whom, in request order
	 * @param intake where they came in
	 * @return per command, in the same order, where it ended up
	 */
	List<Receipt> queue(List<SendNotification> commands, Intake intake) {
		return store(this.composer.composeAll(commands, intake));
	}

	/**
	 * Renders and queues one notification as a bulk of one.
	 * @param command what to send to whom
	 * @param intake where it came in
	 * @return the notification as stored (pending) when it is new: not read back, since
	 * the dispatcher may have sent it by then; {@code null} when its key was taken
	 * @see Receipt#duplicate()
	 */
	Queued queueOne(SendNotification command, Intake intake) {
		List<Notification> composed = this.composer.composeAll(List.of(command), intake);
		Receipt receipt = store(composed).getFirst();
		return new Queued(receipt, receipt.duplicate() ? null : composed.getFirst().withId(receipt.id()));
	}

	private List<Receipt> store(List<Notification> notifications) {
		List<Receipt> receipts = this.transactions.execute((status) -> this.repository.insertAll(notifications));
		long created = receipts.stream().filter((receipt) -> !receipt.duplicate()).count();
		if (created > 0) {
			this.events.publishEvent(new NotificationsQueued((int) created));
		}
		return receipts;
	}

	/**
	 * Where one notification ended up: its receipt, and the notification as stored when
	 * it is new ({@code null} for a duplicate).
	 */
	record Queued(Receipt receipt, Notification stored) {
	}

}
