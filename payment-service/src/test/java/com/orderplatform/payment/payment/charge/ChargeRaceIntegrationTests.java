package com.orderplatform.payment.payment.charge;

import java.util.List;

import com.orderplatform.payment.ChargeRaces;
import com.orderplatform.payment.PaymentIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payment requests racing for one order on the whole service and a real SQLite file: each
 * order is charged once at the gateway, whoever wins. (The same races on PostgreSQL:
 * {@code PostgresApplicationIntegrationTests}.)
 */
class ChargeRaceIntegrationTests extends PaymentIntegrationTest {

	private static final int ROUNDS = 10;

	private ChargeRaces races;

	@BeforeEach
	void races() {
		this.races = new ChargeRaces(this::postJson, this.json, this.jdbc);
	}

	@Test
	void aSingleAndABatchPaymentRacingForOneOrderChargeItOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			this.races.singleAndBatchRaceForOneOrder(newOrderId(), BatchPayments.newBatchId());
		}
	}

	@Test
	void twoBatchesSharingAnOrderChargeItOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			this.races.twoBatchesRaceForASharedOrder(newOrderId(), List.of(newOrderId(), newOrderId()),
					List.of(BatchPayments.newBatchId(), BatchPayments.newBatchId()));
		}
	}

}
