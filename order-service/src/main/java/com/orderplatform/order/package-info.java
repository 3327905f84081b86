/**
 * The order service application: its entry point, its settings and its authorization
 * rules ({@code OrderServiceSecurity}). The features live in sub-packages: {@code order}
 * (the order lifecycle), {@code user} (accounts, passwords, login lockout), {@code auth}
 * (login endpoint, token signing, discovery and key set, the service's own identity),
 * {@code payment} and {@code notification} (typed clients of the services the order
 * service calls), {@code csv} (the one CSV writer, formula cells neutralised, for the
 * import's reports and the orders export), and {@code web} (problem details for all of
 * them). {@code api} is the service's contract module, on the classpath under the same
 * base package.
 */
package com.orderplatform.order;
