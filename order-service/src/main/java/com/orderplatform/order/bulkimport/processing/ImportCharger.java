package com.orderplatform.order.bulkimport.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.WaitFor;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderRepository;
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
 * so a re-sent batch is answered, not charged again). Orders move by conditional updates:
 * saved in payment_processing ({@link ImportOrderWriter}; an order saved pending by an
 * earlier run or charged again is moved there before the call), then paid, or pending
 * with the reason. Only orders not yet charged are sent: fresh ones, and ones left
 * payment_processing by a run that stopped during the call or waited for the payment
 * service. While the payment service cannot be reached the chunk's orders stay
 * payment_processing and the job waits ({@link ImportOutage}); once the patience has run
 * out they become pending with the reason, as a declined charge does.
 */
@Component
class ImportCharger {

	/**
	 * A crash point of the fault suite ({@link CrashPoint}): the batch payment answered,
	 * its outcome not yet recorded.
	 */
	static final String AFTER_PAYMENT_BATCH = "after-payment-batch";

	private static final Logger log = LoggerFactory.getLogger(ImportCharger.class);

	/** The start of the reason of an order whose payment got no answer. */
	static final String NOT_COMPLETED = "Payment not completed: ";

	private final OrderRepository orders;

	private final PaymentClient payments;

	private final Clock clock;

	ImportCharger(OrderRepository orders, PaymentClient payments, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * Charges the orders of a chunk that are not paid yet.
	 * @param again whether orders whose payment failed before (pending with a reason) are
	 * charged again (a retry), or only those never charged
	 * @param outage the run's view of a payment outage
	 * @throws ImportWaitException when the payment service cannot be reached and the job
	 * waits for it
	 */
	void charge(ImportJob job, List<Long> orderIds, boolean again, ImportOutage outage) {
		charge(job, List.of(), orderIds, again, outage);
	}

	/**
	 * Charges a chunk's orders just saved in payment_processing, and those of its orders
	 * an earlier run saved that are not paid yet.
	 * @param fresh orders saved by this run, in payment_processing
	 * @param earlier ids of the chunk's orders saved before, read here
	 * @param again whether orders whose payment failed before (pending with a reason) are
	 * charged again (a retry), or only those never charged
	 * @param outage the run's view of a payment outage
	 * @return the chunk's orders as they are now (as far as this run changed them)
	 * @throws ImportWaitException when the payment service cannot be reached and the job
	 * waits for it
	 */
	List<Order> charge(ImportJob job, List<Order> fresh, List<Long> earlier, boolean again, ImportOutage outage) {
		List<Order> toCharge = new ArrayList<>(fresh);
		List<Order> others = new ArrayList<>();
		if (!earlier.isEmpty()) {
			List<Order> read = this.orders.findAllById(earlier);
			List<StatusChange> starts = Order.startPayments(read.stream()
				.filter(order -> order.status() == OrderState.PENDING && (again || order.statusReason() == null))
				.toList(), this.clock.instant());
			for (Order order : Order.afterApplied(read, starts, this.orders.applyAll(starts))) {
				(order.status() == OrderState.PAYMENT_PROCESSING ? toCharge : others).add(order);
			}
		}
		if (!toCharge.isEmpty()) {
			others.addAll(settle(job, toCharge, outage));
		}
		return others;
	}

	private List<Order> settle(ImportJob job, List<Order> toCharge, ImportOutage outage) {
		List<BatchPaymentItem> items = toCharge.stream()
			.map(order -> new BatchPaymentItem(order.id(), order.totalAmount(), order.currency()))
			.toList();
		Map<Long, BatchPaymentResult> results = new LinkedHashMap<>();
		String failure = null;
		try {
			BatchPaymentResponse response = this.payments.chargeBatch(job.id(), items);
			CrashPoint.reached(AFTER_PAYMENT_BATCH);
			response.results().forEach(result -> results.put(result.orderId(), result));
			outage.answered(WaitFor.PAYMENTS);
		}
		catch (PaymentServiceException ex) {
			log.warn("Import {}: batch payment of {} orders failed: {}", job.id(), toCharge.size(), ex.getMessage());
			if (ex.isTransientFailure()) {
				outage.unreachable(WaitFor.PAYMENTS, ex.getMessage());
			}
			failure = NOT_COMPLETED + ex.getMessage();
		}
		String unanswered = failure;
		List<StatusChange> settled = Order.settlePayments(toCharge,
				order -> failure(results.get(order.id()), unanswered), this.clock.instant());
		return Order.afterApplied(toCharge, settled, this.orders.applyAll(settled));
	}

	/** Why an order's payment did not complete, or empty when it did. */
	private static Optional<String> failure(BatchPaymentResult result, String failure) {
		if (result != null
				&& (result.outcome() == BatchOutcome.COMPLETED || result.outcome() == BatchOutcome.ALREADY_PAID)) {
			return Optional.empty();
		}
		return Optional.of((result != null) ? "Payment failed: " + Objects.toString(result.reason(), "declined")
				: Objects.requireNonNullElse(failure, NOT_COMPLETED + "no answer for this order"));
	}

	/**
	 * Gives up on the payments a job left in flight while it waited for the payment
	 * service (it is cancelled): those orders become pending with the reason, as after an
	 * outage; if a payment did go through, its webhook still marks the order paid.
	 * @param jobId the job
	 * @param reason why, after {@value #NOT_COMPLETED}
	 * @return how many orders changed
	 */
	int abandonPayments(String jobId, String reason) {
		OrderFilter inFlight = new OrderFilter(OrderState.PAYMENT_PROCESSING, null, jobId, null, null);
		int changed = 0;
		List<Order> page = this.orders.findPage(inFlight, 0, 500);
		while (!page.isEmpty()) {
			Instant now = this.clock.instant();
			int applied = this.orders
				.applyAll(Order.settlePayments(page, order -> Optional.of(NOT_COMPLETED + reason), now))
				.size();
			changed += applied;
			page = (applied > 0) ? this.orders.findPage(inFlight, 0, 500) : List.of();
		}
		return changed;
	}

}
