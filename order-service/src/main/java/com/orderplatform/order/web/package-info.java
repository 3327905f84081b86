/**
 * The service's one place that turns exceptions into RFC 9457 problem details, for every
 * feature ({@code JsonFieldProblems} names the field of a wrongly typed JSON value): it
 * depends on the features' exceptions (the order feature's through its top-level package
 * and its {@code errors} interface, the user feature's through its {@code errors}
 * interface), and no feature depends on it.
 */
package com.orderplatform.order.web;
