package com.orderplatform.payment.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.payment.gateway.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays many orders in one request (ARCHITECTURE §5), each validated and answered on its
 * own, in three steps whatever the batch's size: one query reads the orders' payments,
 * one gateway call charges every item that needs it, and one transaction writes every
 * payment with JDBC batch updates. No transaction is open during the gateway call.
 * <p>
 * Sending a batch again is safe, which is what makes it crash-safe for the caller: an
 * order this batch paid is answered from its stored payment again, an order paid
 * elsewhere is answered as already paid, and only failed or unpaid orders are charged. If
 * we crash after the gateway call and before the commit, nothing is stored and the caller
 * sends the batch again; the gateway, whose idempotency key is the order id, answers the
 * charges it already approved with those approvals and takes no money twice.
 * <p>
 * Batch payments send the order service no webhooks (a batch of 1,000 would send 1,000):
 * the batch's answer carries every outcome, and re-sending the batch repeats it.
 */
@Service
public class BatchPaymentService {

	private static final Logger log = LoggerFactory.getLogger(BatchPaymentService.class);

	/**
	 * How often one transaction writes the lines that lost a race with another request
	 * for the same order before giving up on them. On SQLite the second round always
	 * lands (the write transaction locks the database); on PostgreSQL a third race is
	 * already rare.
	 */
	private static final int MAX_WRITE_ROUNDS = 3;

	private final PaymentRepository payments;

	private final PaymentGateway gateway;

	private final TransactionTemplate transactions;

	private final BatchPaymentProperties properties;

	private final Clock clock;

	BatchPaymentService(PaymentRepository payments, PaymentGateway gateway, TransactionTemplate transactions,
			BatchPaymentProperties properties, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Pays the orders of a batch.
	 * @param request the batch id and its items
	 * @return one result per item, in request order, and the counts
	 * @throws BatchTooLargeException when the batch holds more items than allowed
	 * @throws DuplicateBatchItemException when an order appears twice
	 */
	public BatchPaymentResponse pay(BatchPaymentRequest request) {
		long started = System.nanoTime();
		checkShape(request.items());
		String batchId = request.batchId();
		Map<Long, Payment> existing = this.payments.findByOrderIds(orderIds(request.items()));
		List<BatchLine> lines = request.items()
			.stream()
			.map(item -> BatchLine.plan(item, existing.get(item.orderId()), batchId))
			.toList();
		List<BatchLine> charged = lines.stream().filter(BatchLine::charges).toList();
		if (!charged.isEmpty()) {
			charge(batchId, charged);
			this.transactions.executeWithoutResult(status -> store(charged, existing));
		}
		BatchPaymentResponse response = PaymentViews.batchResponse(batchId,
				lines.stream().map(BatchLine::result).toList());
		log.info("Batch {} of {} items: {} completed, {} failed, {} already paid ({} charged) in {} ms", batchId,
				lines.size(), response.completed(), response.failed(), response.alreadyPaid(), charged.size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return response;
	}

	private void checkShape(List<BatchPaymentItem> items) {
		if (items.size() > this.properties.maxItems()) {
			throw new BatchTooLargeException(items.size(), this.properties.maxItems());
		}
		Map<Long, Integer> firstIndex = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Integer first = firstIndex.putIfAbsent(items.get(i).orderId(), i);
			if (first != null) {
				throw new DuplicateBatchItemException(items.get(i).orderId(), i, first);
			}
		}
	}

	/**
	 * Charges every line in one gateway call. A gateway that fails, or answers a
	 * different number of results, fails every charge of the call, as a failing single
	 * charge does.
	 */
	private void charge(String batchId, List<BatchLine> lines) {
		List<ChargeRequest> requests = lines.stream().map(BatchLine::chargeRequest).toList();
		List<ChargeResult> results;
		try {
			results = this.gateway.chargeBatch(requests);
			if (results == null || results.size() != requests.size()) {
				throw new IllegalStateException("the gateway answered " + ((results != null) ? results.size() : 0)
						+ " results to " + requests.size() + " charges");
			}
		}
		catch (RuntimeException ex) {
			log.error("Gateway could not charge batch {} ({} charges)", batchId, requests.size(), ex);
			results = Collections.nCopies(requests.size(),
					ChargeResult.decline("Payment gateway error: " + ex.getMessage()));
		}
		for (int i = 0; i < lines.size(); i++) {
			lines.get(i).charged(results.get(i));
		}
	}

	/**
	 * Writes the charged lines' payments and answers them from what was stored. A line
	 * whose order another request paid meanwhile is answered from that payment; one whose
	 * order another request left failed is written again on that payment.
	 * @param lines the charged lines
	 * @param readBeforeCharging their orders' payments as read before the gateway call
	 */
	private void store(List<BatchLine> lines, Map<Long, Payment> readBeforeCharging) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Map<Long, Payment> current = readBeforeCharging;
		List<BatchLine> pending = lines;
		for (int round = 1; round <= MAX_WRITE_ROUNDS && !pending.isEmpty(); round++) {
			write(pending, current, now);
			current = this.payments.findByOrderIds(pending.stream().map(BatchLine::orderId).toList());
			List<BatchLine> again = new ArrayList<>();
			for (BatchLine line : pending) {
				if (!line.settleWith(current.get(line.orderId()))) {
					again.add(line);
				}
			}
			pending = again;
		}
		pending.forEach(BatchLine::giveUp);
	}

	private void write(List<BatchLine> lines, Map<Long, Payment> current, Instant now) {
		List<Payment> inserts = new ArrayList<>();
		List<PaymentRepository.Reattempt> reattempts = new ArrayList<>();
		for (BatchLine line : lines) {
			Payment stored = current.get(line.orderId());
			if (stored == null) {
				inserts.add(line.paymentOn(null, now));
			}
			else {
				String readTransactionId = stored.transactionId();
				reattempts.add(new PaymentRepository.Reattempt(line.paymentOn(stored, now), readTransactionId));
			}
		}
		this.payments.insertAllIfAbsent(inserts);
		this.payments.updateAllIfUnchanged(reattempts);
	}

	private static List<Long> orderIds(List<BatchPaymentItem> items) {
		return items.stream().map(BatchPaymentItem::orderId).toList();
	}

}
