/**
 * Fault injection for the end-to-end fault suite:
 * {@link com.orderplatform.common.faults.CrashPoint} halts a process at a named point
 * when {@code OMS_TEST_CRASH_AT} arms it, and does nothing otherwise.
 */
package com.orderplatform.common.faults;
