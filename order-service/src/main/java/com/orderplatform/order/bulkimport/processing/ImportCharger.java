package com.orderplatform.order.bulkimport.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import com.orderplatform.payment.api.BatchPaymentItem;
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
	static final String NOT_COMPLETED = PaymentAnswer.NOT_COMPLETED;

	private final OrderRepository orders;

	private final PaymentClient payments;

	private final Clock clock;

	ImportCharger(OrderRepository orders, PaymentClient payments, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * Charges a chunk's orders just saved in payment_processing, and those of its orders
	 * an earlier run saved that are not paid yet: {@link #prepare}, {@link #send},
	 * {@link #judge} and {@link #settle} one after the other.
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
		ChunkCharge charge = prepare(fresh, earlier, again);
		PaymentAnswer answer = send(job, charge);
		judge(answer, outage);
		return settle(charge, answer);
	}

	/**
	 * Decides which of a chunk's orders its batch payment charges: the fresh ones, and
	 * those an earlier run saved that are in payment_processing or pending without a
	 * failed payment (any pending one on a retry), moved to payment_processing here.
	 * @param fresh orders saved by this run, in payment_processing
	 * @param earlier ids of the chunk's orders saved before, read here
	 * @param again whether orders whose payment failed before are charged again
	 * @return the orders to charge and the others, as they are now
	 */
	ChunkCharge prepare(List<Order> fresh, List<Long> earlier, boolean again) {
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
		return new ChunkCharge(toCharge, others);
	}

	/**
	 * Sends a chunk's batch payment (none when it has nothing to charge). Touches nothing
	 * but the payment service, so it may run beside the worker's next chunk
	 * ({@link ChunkPipeline}).
	 * @return what the payment service answered, or why it did not
	 */
	PaymentAnswer send(ImportJob job, ChunkCharge charge) {
		if (charge.toCharge().isEmpty()) {
			return PaymentAnswer.NOTHING_SENT;
		}
		List<BatchPaymentItem> items = charge.toCharge()
			.stream()
			.map(order -> new BatchPaymentItem(order.id(), order.totalAmount(), order.currency()))
			.toList();
		try {
			Map<Long, BatchPaymentResult> results = new LinkedHashMap<>();
			this.payments.chargeBatch(job.id(), items)
				.results()
				.forEach(result -> results.put(result.orderId(), result));
			return new PaymentAnswer(results, null);
		}
		catch (PaymentServiceException ex) {
			log.warn("Import {}: batch payment of {} orders failed: {}", job.id(), items.size(), ex.getMessage());
			return new PaymentAnswer(Map.of(), ex);
		}
	}

	/**
	 * What a batch payment's answer means for the run: an answer ends a payment outage;
	 * an unreachable payment service makes the job wait, until the outage has lasted
	 * longer than the patience.
	 * @throws ImportWaitException when the job waits for the payment service
	 */
	void judge(PaymentAnswer answer, ImportOutage outage) {
		if (answer == PaymentAnswer.NOTHING_SENT) {
			return;
		}
		if (answer.failure() == null) {
			CrashPoint.reached(AFTER_PAYMENT_BATCH);
			outage.answered(WaitFor.PAYMENTS);
		}
		else if (answer.failure().isTransientFailure()) {
			outage.unreachable(WaitFor.PAYMENTS, answer.failure().getMessage());
		}
	}

	/**
	 * Records a batch payment's answer on the orders it charged: paid, or pending with
	 * the reason (no answer at all: {@value #NOT_COMPLETED} and why).
	 * @return the chunk's orders as they are now (as far as this run changed them)
	 */
	List<Order> settle(ChunkCharge charge, PaymentAnswer answer) {
		List<Order> all = new ArrayList<>(charge.others());
		if (charge.toCharge().isEmpty()) {
			return all;
		}
		List<StatusChange> settled = Order.settlePayments(charge.toCharge(), order -> answer.failureOf(order.id()),
				this.clock.instant());
		all.addAll(Order.afterApplied(charge.toCharge(), settled, this.orders.applyAll(settled)));
		return all;
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
