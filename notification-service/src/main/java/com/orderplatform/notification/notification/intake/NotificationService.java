package com.orderplatform.notification.notification.intake;

import java.util.List;

import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.NotificationNotFoundException;
import com.orderplatform.notification.notification.store.NotificationFilter;
import com.orderplatform.notification.notification.store.NotificationRepository;
import com.orderplatform.notification.notification.store.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Queues single notifications and answers questions about notifications.
 * <p>
 * A single notification is queued as a bulk request of one
 * ({@link BulkNotificationService}): rendered first, so a request that cannot be rendered
 * is refused and nothing is stored; then recorded as pending in the transactional lane,
 * and the dispatcher, which sends it at the rate limit, is woken. With an idempotency
 * key, a repeated request finds the notification the first one queued.
 */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final BulkNotificationService queueing;

	private final NotificationRepository repository;

	NotificationService(BulkNotificationService queueing, NotificationRepository repository) {
		this.queueing = queueing;
		this.repository = repository;
	}

	/**
	 * Renders and queues one notification.
	 * @param command what to send to whom
	 * @return the pending notification, or the existing one if its idempotency key was
	 * seen before
	 * @throws com.orderplatform.notification.template.UnknownTemplateException if the
	 * template does not exist
	 * @throws com.orderplatform.notification.template.TemplateRenderingException if the
	 * data does not fit the template
	 */
	public Accepted queue(SendNotification command) {
		BulkNotificationService.Queued queued = this.queueing.queueOne(command, Intake.SINGLE);
		Receipt receipt = queued.receipt();
		if (receipt.duplicate()) {
			// The key's row cannot vanish: notifications are never deleted.
			Notification existing = this.repository.findByIdempotencyKey(receipt.idempotencyKey()).orElseThrow();
			log.info("Notification {} already queued under key {}; not queued again", existing.id(),
					receipt.idempotencyKey());
			return new Accepted(existing, true);
		}
		Notification stored = queued.stored();
		log.info("Notification {} for order {} ({}) queued", stored.id(), stored.orderId(), stored.template());
		return new Accepted(stored, false);
	}

	/**
	 * Finds a notification.
	 * @param id its id
	 * @return the notification
	 * @throws NotificationNotFoundException if there is none with this id
	 */
	public Notification get(long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotificationNotFoundException(id));
	}

	/**
	 * Every notification about one order, oldest first.
	 * @param orderId the order's id
	 * @return the notifications, possibly none
	 */
	public List<Notification> forOrder(long orderId) {
		return this.repository.findByOrderId(orderId);
	}

	/**
	 * One page of notifications, newest first.
	 * @param filter which notifications
	 * @param skip how many to pass over
	 * @param limit how many at most
	 * @return the page and the total
	 */
	public NotificationSlice list(NotificationFilter filter, int skip, int limit) {
		return new NotificationSlice(this.repository.findPage(filter, skip, limit), this.repository.count(filter));
	}

	/**
	 * A queued notification.
	 *
	 * @param notification the notification, pending unless it is an earlier duplicate
	 * @param duplicate whether its idempotency key was seen before
	 */
	public record Accepted(Notification notification, boolean duplicate) {
	}

}
