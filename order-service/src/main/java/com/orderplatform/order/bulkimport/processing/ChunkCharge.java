package com.orderplatform.order.bulkimport.processing;

import java.util.List;

import com.orderplatform.order.order.Order;

/**
 * A chunk's orders as its batch payment is sent ({@link ImportCharger#prepare}).
 *
 * @param toCharge the orders the payment charges, in payment_processing
 * @param others the chunk's other orders (paid, or pending after a failed payment, by an
 * earlier run), as they are
 */
record ChunkCharge(List<Order> toCharge, List<Order> others) {
}
