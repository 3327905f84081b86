package com.orderplatform.e2e;

/**
 * One line per fault scenario with the numbers it observed, written to the test's output
 * ({@code target/failsafe-reports/*-output.txt}, lines starting {@code RELIABILITY |}),
 * from which RELIABILITY.md records the last green run.
 */
final class ReliabilityReport {

	private ReliabilityReport() {
	}

	static void record(String scenario, String facts) {
		System.out.println("RELIABILITY | " + scenario + " | " + facts);
	}

	static String ledger(ImportLedger ledger) {
		return "orders=" + ledger.orders().size() + " " + ledger.ordersByStatus() + " items=" + ledger.items()
				+ " payments=" + ledger.payments().size() + " " + ledger.paymentsByStatus() + " gateway charges="
				+ ledger.gatewayChargeTotal() + " (orders charged twice: "
				+ ledger.gatewayCharges().values().stream().filter((count) -> count > 1).count() + ") confirmations="
				+ ledger.confirmations() + " (distinct orders " + ledger.confirmedOrders() + ")";
	}

}
