package com.orderplatform.payment.payment.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Queries of {@code payments} by a list of order ids, in chunks of
 * {@value PaymentRepository#IDS_PER_QUERY} with positional parameters: every full chunk
 * has the same statement text, and nothing parses named parameters or builds a map per
 * look-up.
 */
final class OrderIdQueries {

	private OrderIdQueries() {
	}

	/**
	 * Runs {@code select WHERE order_id IN (...)} for every chunk of the orders.
	 * @param jdbc the template
	 * @param select the query up to its {@code WHERE}
	 * @param orderIds the orders; nothing is queried for none
	 * @param rows called for each row found
	 */
	static void forEachRow(JdbcTemplate jdbc, String select, Collection<Long> orderIds, RowCallbackHandler rows) {
		List<Long> all = (orderIds instanceof List<Long> list) ? list : new ArrayList<>(orderIds);
		for (int from = 0; from < all.size(); from += PaymentRepository.IDS_PER_QUERY) {
			List<Long> some = all.subList(from, Math.min(all.size(), from + PaymentRepository.IDS_PER_QUERY));
			jdbc.query(select + " WHERE order_id IN (" + placeholders(some.size()) + ")", (statement) -> {
				for (int i = 0; i < some.size(); i++) {
					statement.setLong(i + 1, some.get(i));
				}
			}, rows);
		}
	}

	private static String placeholders(int count) {
		return "?, ".repeat(count - 1) + "?";
	}

}
