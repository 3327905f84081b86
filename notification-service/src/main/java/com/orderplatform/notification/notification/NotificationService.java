package com.orderplatform.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.orderplatform.notification.delivery.DeliveryFailedException;
import com.orderplatform.notification.ratelimit.NotificationRateLimiter;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Sends notifications and answers questions about them.
 * <p>
 * Sending renders first, so a request that cannot be rendered is refused before it uses
 * the rate limit; then takes a permit, records the notification as pending, delivers it
 * and records the outcome. No database transaction is open while the transport talks to a
 * mail server. If the process stops in between, the notification stays pending, visible
 * in the history (the send queue of a later issue will pick such rows up).
 */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final TemplateRenderer renderer;

	private final NotificationRateLimiter rateLimiter;

	private final NotificationRepository repository;

	private final NotificationCourier courier;

	private final Clock clock;

	NotificationService(TemplateRenderer renderer, NotificationRateLimiter rateLimiter,
			NotificationRepository repository, NotificationCourier courier, Clock clock) {
		this.renderer = renderer;
		this.rateLimiter = rateLimiter;
		this.repository = repository;
		this.courier = courier;
		this.clock = clock;
	}

	/**
	 * Renders, records and delivers one notification.
	 * @param command what to send to whom
	 * @return the notification, sent or failed
	 * @throws com.orderplatform.notification.template.UnknownTemplateException if the
	 * template does not exist
	 * @throws com.orderplatform.notification.template.TemplateRenderingException if the
	 * data does not fit the template
	 * @throws com.orderplatform.notification.ratelimit.RateLimitExceededException if the
	 * rate limit is used up; nothing is recorded then
	 */
	public Notification send(SendNotification command) {
		RenderedMessage message = this.renderer.render(command.template(), command.variables());
		this.rateLimiter.acquire();
		Notification notification = this.repository
			.insert(Notification.accept(command.orderId(), command.template(), command.recipient(), message, now()));
		try {
			this.courier.deliver(notification);
			notification.markSent(now());
			log.info("Notification {} for order {} ({}) sent", notification.id(), notification.orderId(),
					notification.template());
		}
		catch (DeliveryFailedException ex) {
			notification.markFailed(ex.getMessage());
			log.warn("Notification {} for order {} ({}) failed: {}", notification.id(), notification.orderId(),
					notification.template(), ex.getMessage());
		}
		this.repository.saveDeliveryOutcome(notification);
		return notification;
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
	 * @param status only this status, or {@code null} for all
	 * @param skip how many to pass over
	 * @param limit how many at most
	 * @return the page and the total
	 */
	public NotificationSlice list(DeliveryStatus status, int skip, int limit) {
		return new NotificationSlice(this.repository.findPage(status, skip, limit), this.repository.count(status));
	}

	/**
	 * Millisecond precision: what both databases store, so a read returns what was
	 * written.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
