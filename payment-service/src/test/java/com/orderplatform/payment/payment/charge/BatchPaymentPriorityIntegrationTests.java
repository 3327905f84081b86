package com.orderplatform.payment.payment.charge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.orderplatform.common.concurrent.BackgroundPriority;
import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.orderplatform.payment.payment.charge.BatchPayments.batch;
import static com.orderplatform.payment.payment.charge.BatchPayments.item;
import static com.orderplatform.payment.payment.charge.BatchPayments.newBatchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * A batch is paid on a background worker at the configured nice value
 * ({@code oms.payments.batch.worker-nice}, default 10), not on the request thread; a
 * single payment stays on the request thread
 * ({@link BatchPaymentNormalPriorityIntegrationTests}: nice 0).
 */
class BatchPaymentPriorityIntegrationTests extends PaymentIntegrationTest {

	private final List<Seen> gatewayCalls = new CopyOnWriteArrayList<>();

	@Test
	void paysABatchOnAWorkerAtTheConfiguredNiceValue() {
		recordGatewayCalls();
		int expectedNice = expectedWorkerNice();

		BatchPaymentResponse response = payBatch();

		assertThat(response.completed()).isEqualTo(2);
		assertThat(this.gatewayCalls).singleElement().satisfies((call) -> {
			assertThat(call.nice()).isEqualTo(expectedNice);
			assertThat(call.thread()).startsWith("payment-batch-");
		});
	}

	@Test
	void paysASinglePaymentOnTheRequestThreadAtItsPriority() {
		recordGatewayCalls();
		Seen test = Seen.now();

		pay(newOrderId(), "1500");

		assertThat(this.gatewayCalls).containsExactly(test);
	}

	/**
	 * The nice value the workers run at.
	 * @return the default, 10
	 */
	protected int expectedWorkerNice() {
		return 10;
	}

	private void recordGatewayCalls() {
		doAnswer((invocation) -> {
			this.gatewayCalls.add(Seen.now());
			return invocation.callRealMethod();
		}).when(this.gateway).chargeBatch(any());
		doAnswer((invocation) -> {
			this.gatewayCalls.add(Seen.now());
			return invocation.callRealMethod();
		}).when(this.gateway).charge(any());
	}

	private BatchPaymentResponse payBatch() {
		MvcTestResult result = postBatch(batch(newBatchId(), item(newOrderId(), "1500"), item(newOrderId(), "2500")));
		assertThat(result).hasStatus(HttpStatus.OK);
		return read(result, BatchPaymentResponse.class);
	}

	record Seen(int nice, String thread) {

		static Seen now() {
			try {
				return new Seen(BackgroundPriority.niceOfCurrentThread(), Thread.currentThread().getName());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
