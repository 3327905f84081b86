package com.orderplatform.order.bulkimport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.orderplatform.notification.api.BulkNotificationItem;
import com.orderplatform.notification.api.BulkNotificationRequest;
import com.orderplatform.order.notification.NotificationClient;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderBatches;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.StatusChange;
import com.orderplatform.order.payment.PaymentClient;
import com.orderplatform.order.payment.PaymentServiceException;
import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Charges a chunk of an import's orders with one batch payment (batch id = the job's id,
 * so a re-sent batch is answered, not charged again) and queues their confirmations with
 * one bulk notification request (keys {@code import:<job>:<order>}). Orders move by
 * conditional updates: pending → payment_processing before the call, then paid, or
 * pending with the reason. Only orders not yet charged are sent: fresh ones, and ones
 * left payment_processing by a run that stopped during the call.
 */
@Component
class ImportCharger {

	private static final Logger log = LoggerFactory.getLogger(ImportCharger.class);

	static final String CONFIRMATION = "ORDER_CONFIRMATION";

	private final OrderBatches orders;

	private final PaymentClient payments;

	private final NotificationClient notifications;

	private final Clock clock;

	ImportCharger(OrderBatches orders, PaymentClient payments, NotificationClient notifications, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Charges and notifies the orders of a chunk that were not charged yet. */
	void charge(ImportJob job, List<Long> orderIds) {
		charge(job, orderIds, false);
	}

	/**
	 * Charges and notifies the orders of a chunk.
	 * @param again whether orders whose payment failed (pending with a reason) are
	 * charged again
	 */
	void charge(ImportJob job, List<Long> orderIds, boolean again) {
		Instant now = this.clock.instant();
		List<Order> chunk = this.orders.findAllById(orderIds);
		Set<Long> started = this.orders.applyAll(chunk.stream()
			.filter(order -> order.status() == OrderState.PENDING && (again || order.statusReason() == null))
			.map(order -> change(order, OrderState.PENDING, OrderState.PAYMENT_PROCESSING, null, now))
			.toList());
		List<Order> toCharge = chunk.stream()
			.filter(order -> started.contains(order.id()) || order.status() == OrderState.PAYMENT_PROCESSING)
			.toList();
		if (!toCharge.isEmpty()) {
			settle(job, toCharge);
		}
		if ("per_order".equals(job.notifyMode())) {
			confirm(job, orderIds);
		}
	}

	private void settle(ImportJob job, List<Order> toCharge) {
		List<BatchPaymentItem> items = toCharge.stream()
			.map(order -> new BatchPaymentItem(order.id(), order.totalAmount(), order.currency()))
			.toList();
		Map<Long, BatchPaymentResult> results = new LinkedHashMap<>();
		String failure = null;
		try {
			BatchPaymentResponse response = this.payments.chargeBatch(job.id(), items);
			CrashPoint.reached(CrashPoint.AFTER_PAYMENT_BATCH);
			response.results().forEach(result -> results.put(result.orderId(), result));
		}
		catch (PaymentServiceException ex) {
			failure = "Payment not completed: " + ex.getMessage();
			log.warn("Import {}: batch payment of {} orders failed: {}", job.id(), toCharge.size(), ex.getMessage());
		}
		Instant now = this.clock.instant();
		List<StatusChange> outcomes = new ArrayList<>(toCharge.size());
		for (Order order : toCharge) {
			BatchPaymentResult result = results.get(order.id());
			if (result != null
					&& (result.outcome() == BatchOutcome.COMPLETED || result.outcome() == BatchOutcome.ALREADY_PAID)) {
				outcomes.add(change(order, OrderState.PAYMENT_PROCESSING, OrderState.PAID, null, now));
			}
			else {
				String reason = (result != null) ? "Payment failed: " + Objects.toString(result.reason(), "declined")
						: Objects.requireNonNullElse(failure, "Payment not completed: no answer for this order");
				outcomes.add(change(order, OrderState.PAYMENT_PROCESSING, OrderState.PENDING, reason, now));
			}
		}
		this.orders.applyAll(outcomes);
	}

	/**
	 * Queues the confirmations of a chunk's paid orders (keys
	 * {@code import:<job>:<order>}: ones queued before are answered, not queued again).
	 * @return whether the notification service took them
	 */
	boolean confirm(ImportJob job, List<Long> orderIds) {
		List<BulkNotificationItem> items = new ArrayList<>();
		for (Order order : this.orders.findAllById(orderIds)) {
			if (order.status() == OrderState.PAID) {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("order_id", order.id());
				data.put("customer_name", order.customerName());
				data.put("total_amount", order.totalAmount());
				data.put("currency", order.currency());
				data.put("item_count", order.itemCount());
				items.add(new BulkNotificationItem(order.id(), "email", order.customerEmail(), CONFIRMATION, data, null,
						"import:" + job.id() + ":" + order.id(), job.id()));
			}
		}
		return send(job, items);
	}

	/**
	 * How many notifications of the job the notification service holds.
	 * @return the count, or -1 when the service cannot be reached
	 */
	long confirmationsQueued(ImportJob job) {
		try {
			return this.notifications.countForBatch(job.id());
		}
		catch (NotificationServiceException ex) {
			log.warn("Import {}: notifications not counted: {}", job.id(), ex.getMessage());
			return -1;
		}
	}

	private boolean send(ImportJob job, List<BulkNotificationItem> items) {
		if (items.isEmpty()) {
			return true;
		}
		try {
			this.notifications.sendBulk(new BulkNotificationRequest(items));
			return true;
		}
		catch (NotificationServiceException ex) {
			log.warn("Import {}: {} notifications not queued: {}", job.id(), items.size(), ex.getMessage());
			return false;
		}
	}

	private static StatusChange change(Order order, OrderState from, OrderState to, String reason, Instant at) {
		return new StatusChange(order.id(), from, to, reason, at);
	}

}
