/**
 * The order service application: its entry point and its settings. The features live in
 * sub-packages: {@code order} (the order lifecycle), {@code payment} and
 * {@code notification} (typed clients of the services the order service calls), and
 * {@code web} (problem details for all of them). {@code api} is the service's contract
 * module, on the classpath under the same base package.
 */
package com.orderplatform.order;
