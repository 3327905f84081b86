package com.orderplatform.notification.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Queues single notifications and answers questions about notifications.
 * <p>
 * Queueing renders first, so a request that cannot be rendered is refused and nothing is
 * stored; then records the notification as pending and tells the dispatcher, which sends
 * it at the rate limit. With an idempotency key, a repeated request finds the
 * notification the first one queued.
 */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationComposer composer;

	private final NotificationRepository repository;

	private final ApplicationEventPublisher events;

	NotificationService(NotificationComposer composer, NotificationRepository repository,
			ApplicationEventPublisher events) {
		this.composer = composer;
		this.repository = repository;
		this.events = events;
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
		Notification notification = this.composer.compose(command);
		if (notification.idempotencyKey() == null) {
			return queued(this.repository.insert(notification));
		}
		return this.repository.insertUnlessKeyTaken(notification)
			.map(this::queued)
			.orElseGet(() -> duplicate(notification.idempotencyKey()));
	}

	private Accepted queued(Notification notification) {
		log.info("Notification {} for order {} ({}) queued", notification.id(), notification.orderId(),
				notification.template());
		this.events.publishEvent(new NotificationsQueued(1));
		return new Accepted(notification, false);
	}

	private Accepted duplicate(String idempotencyKey) {
		// The key's row cannot vanish: notifications are never deleted.
		Notification existing = this.repository.findByIdempotencyKey(idempotencyKey).orElseThrow();
		log.info("Notification {} already queued under key {}; not queued again", existing.id(), idempotencyKey);
		return new Accepted(existing, true);
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
