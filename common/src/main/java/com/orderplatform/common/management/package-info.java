/**
 * Where Actuator answers. With {@code OMS_MANAGEMENT_PORT} set, Actuator runs on its own
 * port (bound like the public one), where scrapers and operators reach health and
 * {@code /actuator/prometheus} without a user token; the public port keeps only the
 * probes {@code /livez} and {@code /readyz}, and never serves the Prometheus text, with
 * or without a management port.
 */
package com.orderplatform.common.management;
