package com.orderplatform.payment.orderwebhook;

import java.time.Duration;
import java.util.Map;

import com.orderplatform.payment.payment.PaymentStatusChanged;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the order service a webhook for every payment status change, once the change has
 * committed and on a virtual thread of its own: the order service may be waiting for our
 * answer to the very request that caused the change, so the webhook must not hold that
 * answer up. The request id of the triggering request travels with it.
 */
@Component
class PaymentWebhookPublisher implements DisposableBean {

	/** How long shutdown waits for webhooks still being delivered (with retries). */
	private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

	private final OrderServiceClient orderService;

	private final SimpleAsyncTaskExecutor executor;

	PaymentWebhookPublisher(OrderServiceClient orderService) {
		this.orderService = orderService;
		this.executor = new SimpleAsyncTaskExecutor("payment-webhook-");
		this.executor.setVirtualThreads(true);
		this.executor.setTaskDecorator(new LoggingContextDecorator());
		this.executor.setTaskTerminationTimeout(SHUTDOWN_GRACE.toMillis());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onPaymentStatusChanged(PaymentStatusChanged change) {
		this.executor.execute(() -> this.orderService.sendPaymentWebhook(change));
	}

	@Override
	public void destroy() {
		this.executor.close();
	}

	/**
	 * Carries the submitting thread's logging context (the request id) to the webhook's
	 * thread, where the HTTP client reads it.
	 */
	private static final class LoggingContextDecorator implements TaskDecorator {

		@Override
		public Runnable decorate(Runnable task) {
			Map<String, String> context = MDC.getCopyOfContextMap();
			return () -> {
				if (context != null) {
					MDC.setContextMap(context);
				}
				try {
					task.run();
				}
				finally {
					MDC.clear();
				}
			};
		}

	}

}
