/**
 * The order service application: its entry point, its settings and the one place that
 * turns its exceptions into problem details. The features live in sub-packages:
 * {@code order} (the order lifecycle), {@code payment} and {@code notification} (typed
 * clients of the services the order service calls).
 */
package com.orderplatform.order;
