package com.orderplatform.order.bulkimport.file.validation;

import java.util.List;

/** What became of one order's rows: an order to create, or the errors of all its rows. */
public sealed interface OrderGroupResult permits ImportedOrder, RejectedOrder {

	/**
	 * The rows' {@link ValidatedRow#groupKey()}.
	 * @return the key
	 */
	String groupKey();

	/**
	 * The rows of the order, ascending.
	 * @return the row numbers
	 */
	List<Integer> rowNumbers();

}
