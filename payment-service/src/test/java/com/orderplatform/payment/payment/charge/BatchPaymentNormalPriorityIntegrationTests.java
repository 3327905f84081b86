package com.orderplatform.payment.payment.charge;

import org.springframework.test.context.TestPropertySource;

/**
 * {@code oms.payments.batch.worker-nice=0}: batches still run on the background workers,
 * at the priority of the thread that made them (the test's, as a request thread's),
 * unchanged.
 */
@TestPropertySource(properties = "oms.payments.batch.worker-nice=0")
class BatchPaymentNormalPriorityIntegrationTests extends BatchPaymentPriorityIntegrationTests {

	@Override
	protected int expectedWorkerNice() {
		return Seen.now().nice();
	}

}
