package com.orderplatform.payment.payment.charge;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.common.concurrent.BackgroundWorkers;
import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Pays many orders in one request (ARCHITECTURE §5), each validated and answered on its
 * own, through the one {@link ChargePipeline}: one look-up, one gateway call, one write
 * transaction, whatever the batch's size. Sending a batch again is safe: it charges
 * nothing twice and answers the same.
 * <p>
 * Batch payments send the order service no webhooks (a batch of 1,000 would send 1,000):
 * the batch's answer carries every outcome, and re-sending the batch repeats it.
 * <p>
 * The endpoint pays batches on a few threads of their own at background priority
 * ({@code oms.payments.batch.workers}, {@code worker-nice}), so that an import's batches
 * neither hold request threads nor compete at equal priority with interactive requests.
 */
@Service
public class BatchPaymentService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BatchPaymentService.class);

	private final ChargePipeline pipeline;

	private final BatchPaymentProperties properties;

	private final BackgroundWorkers workers;

	BatchPaymentService(ChargePipeline pipeline, BatchPaymentProperties properties) {
		this.pipeline = pipeline;
		this.properties = properties;
		this.workers = BackgroundWorkers.start("payment-batch-", properties.workers(), properties.workerNice());
	}

	/**
	 * The background workers that pay batches (and read and write their JSON).
	 * @return the workers
	 */
	BackgroundWorkers workers() {
		return this.workers;
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
		List<ChargeLine> lines = this.pipeline.charge(ChargeCommand.batch(request));
		BatchPaymentResponse response = ChargeAnswers.response(request.batchId(),
				lines.stream().map(ChargeLine::result).toList());
		log.info("Batch {} of {} items: {} completed, {} failed, {} already paid ({} charged) in {} ms",
				request.batchId(), lines.size(), response.completed(), response.failed(), response.alreadyPaid(),
				lines.stream().filter(ChargeLine::charges).count(),
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

	/** Finishes the batches in progress and stops the workers. */
	@Override
	public void destroy() {
		this.workers.close();
	}

}
