package com.orderplatform.payment.gateway;

import java.time.Clock;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Simulators on a real database, as the service builds them: each one is what one
 * instance of the payment service holds, so several on one database are several
 * instances, and a new one on the same database is a restarted instance.
 */
final class Simulators {

	private Simulators() {
	}

	static SimulatedPaymentGateway on(NamedParameterJdbcTemplate database, GatewayProperties properties,
			SimulatedPaymentGateway.Pause pause) {
		TransactionTemplate transactions = new TransactionTemplate(
				new DataSourceTransactionManager(database.getJdbcTemplate().getDataSource()));
		return new SimulatedPaymentGateway(properties, new GatewayCharges(database, transactions), Clock.systemUTC(),
				pause);
	}

}
