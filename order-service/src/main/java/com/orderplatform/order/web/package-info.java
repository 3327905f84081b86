/**
 * The service's one place that turns exceptions into RFC 9457 problem details, for every
 * feature: it depends on the features' exceptions, and no feature depends on it.
 */
package com.orderplatform.order.web;
