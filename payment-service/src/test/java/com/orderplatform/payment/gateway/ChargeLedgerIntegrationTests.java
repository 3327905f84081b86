package com.orderplatform.payment.gateway;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import com.orderplatform.payment.Concurrently;
import com.orderplatform.payment.gateway.GatewayCharges.Approval;
import com.orderplatform.testsupport.GatewayLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's charge ledger in a real database shared by several simulators, each
 * standing for one instance of the payment service (a new one on the same database is a
 * restarted instance); a subclass per supported database. Charges are counted with
 * test-support's {@link GatewayLedger}, as the end-to-end tests count them.
 */
abstract class ChargeLedgerIntegrationTests {

	private static final GatewayProperties APPROVE_ALL = new GatewayProperties(Duration.ZERO, 0.0, null, null);

	/**
	 * The migrated database of this subclass, created once per test class.
	 * @return a template for it
	 */
	protected abstract NamedParameterJdbcTemplate database();

	@BeforeEach
	void emptyLedger() {
		database().getJdbcTemplate().update("DELETE FROM gateway_charges");
	}

	@Test
	void recordsAnApprovalWithItsKeyOrderAmountCurrencyAndTransaction() {
		ChargeResult result = instance().charge(charge("order-7", "tx-7", 7, "4200"));

		assertThat(result).isEqualTo(ChargeResult.approve());
		Map<String, Object> row = JdbcClient.create(database())
			.sql("SELECT idempotency_key, order_id, amount, currency, transaction_id FROM gateway_charges")
			.query()
			.singleRow();
		assertThat(row).containsEntry("idempotency_key", "order-7")
			.containsEntry("currency", "JPY")
			.containsEntry("transaction_id", "tx-7");
		assertThat(((Number) row.get("order_id")).longValue()).isEqualTo(7);
		assertThat(((Number) row.get("amount")).longValue()).isEqualTo(4200);
		assertThat(ledger().chargesPerOrder()).containsExactly(Map.entry("7", 1));
	}

	@Test
	void aRestartedInstanceAnswersAKeyItApprovedBeforeAndRecordsNothingNew() {
		instance().charge(charge("order-8", "tx-8a", 8, "1500"));

		// A new simulator on the same database: the instance after a restart, which
		// used to remember nothing. One that draws only declines shows the answer is
		// the recorded approval, not a new decision.
		SimulatedPaymentGateway restarted = Simulators.on(database(),
				new GatewayProperties(Duration.ZERO, 1.0, null, null), Thread::sleep);
		List<ChargeResult> again = restarted
			.chargeBatch(List.of(charge("order-8", "tx-8b", 8, "1500"), charge("order-8", "tx-8c", 8, "1500")));
		ChargeResult otherAmount = restarted.charge(charge("order-8", "tx-8d", 8, "1600"));

		assertThat(again).containsExactly(ChargeResult.approve(), ChargeResult.approve());
		assertThat(otherAmount).isEqualTo(ChargeResult.decline(
				"Declined by the payment gateway: order 8 was already charged 1500 JPY under the same idempotency key"));
		assertThat(ledger().total()).isOne();
		assertThat(ledger().chargedMoreThanOnce()).isEmpty();
	}

	@Test
	void twoInstancesChargingTheSameKeysAtOnceChargeEachOnce() throws Exception {
		SimulatedPaymentGateway first = instance();
		SimulatedPaymentGateway second = instance();
		List<Long> orders = LongStream.rangeClosed(100, 149).boxed().toList();

		// Six threads, three per instance, send the same 50 keys, each with transaction
		// ids of its own, as racing requests of two instances would.
		AtomicInteger threads = new AtomicInteger();
		List<List<ChargeResult>> answers = Concurrently.run(6, () -> {
			int thread = threads.incrementAndGet();
			SimulatedPaymentGateway gateway = (thread % 2 == 0) ? first : second;
			String attempt = Integer.toString(thread);
			return gateway.chargeBatch(orders.stream()
				.map((order) -> charge("order-" + order, "tx-" + order + "-" + attempt, order, "1000"))
				.toList());
		});

		assertThat(answers).hasSize(6)
			.allSatisfy((batch) -> assertThat(batch).hasSize(50).containsOnly(ChargeResult.approve()));
		assertThat(ledger().total()).isEqualTo(50);
		assertThat(ledger().chargesPerOrder()).hasSize(50)
			.containsOnlyKeys(orders.stream().map(String::valueOf).toList());
		assertThat(ledger().chargedMoreThanOnce()).isEmpty();
	}

	@Test
	void anOrderChargedUnderTwoKeysIsCountedTwice() {
		// What the ledger is for: a charge sent again with a new key (were the key
		// derived from something new at each attempt) is a second charge.
		SimulatedPaymentGateway gateway = instance();
		gateway.charge(charge("order-9", "tx-9a", 9, "1500"));
		gateway.charge(charge("order-9-after-tx-9a", "tx-9b", 9, "1500"));
		gateway.charge(charge("order-10", "tx-10", 10, "1500"));

		assertThat(ledger().chargesPerOrder()).containsExactly(Map.entry("9", 2), Map.entry("10", 1));
		assertThat(ledger().chargedMoreThanOnce()).containsExactly("9");
		assertThat(ledger().total()).isEqualTo(3);
	}

	@Test
	void recordsEachValueOfAnApprovalInItsOwnColumnAndTellsWhichKeysItRecorded() {
		GatewayCharges ledger = new GatewayCharges(database(), new TransactionTemplate(
				new DataSourceTransactionManager(database().getJdbcTemplate().getDataSource())));
		Instant at = Instant.parse("2026-05-06T07:08:09.123Z");
		Approval first = new Approval("key-1", 11, new BigDecimal("1200"), "JPY", "tx-1", at);
		Approval sameKey = new Approval("key-1", 13, new BigDecimal("9900"), "JPY", "tx-1b", at.plusSeconds(5));
		Approval second = new Approval("key-2", 12, new BigDecimal("3400"), "JPY", "tx-2", at.plusSeconds(6));

		Approval third = new Approval("key-3", 14, new BigDecimal("5600"), "JPY", "tx-3", at.plusSeconds(7));

		Set<String> recordedFirst = ledger.recordAll(List.of(first));
		Set<String> recordedThen = ledger.recordAll(List.of(sameKey, second));
		// A key that holds an approval right after one recorded in the same batch.
		Set<String> recordedLast = ledger.recordAll(List.of(third, sameKey));

		assertThat(recordedFirst).containsExactly("key-1");
		assertThat(recordedThen).containsExactly("key-2");
		assertThat(recordedLast).containsExactly("key-3");
		assertThat(JdbcClient.create(database())
			.sql("SELECT idempotency_key, order_id, amount, currency, transaction_id, approved_at FROM gateway_charges"
					+ " ORDER BY idempotency_key")
			.query((rs, row) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list()).containsExactly(List.of("key-1", 11L, 1200L, "JPY", "tx-1", at),
					List.of("key-2", 12L, 3400L, "JPY", "tx-2", at.plusSeconds(6)),
					List.of("key-3", 14L, 5600L, "JPY", "tx-3", at.plusSeconds(7)));
		assertThat(ledger.find(List.of("key-1", "key-2", "key-4"))).containsOnlyKeys("key-1", "key-2")
			.containsEntry("key-1", first)
			.containsEntry("key-2", second);
	}

	private SimulatedPaymentGateway instance() {
		return Simulators.on(database(), APPROVE_ALL, Thread::sleep);
	}

	private GatewayLedger ledger() {
		DriverManagerDataSource source = (DriverManagerDataSource) database().getJdbcTemplate().getDataSource();
		return GatewayLedger.of(source.getUrl(), source.getUsername(), source.getPassword());
	}

	private static ChargeRequest charge(String key, String transactionId, long orderId, String amount) {
		return new ChargeRequest(key, transactionId, null, orderId, new BigDecimal(amount), "JPY", "credit_card");
	}

}
