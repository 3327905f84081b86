/**
 * Logging helpers: masking personal data (addresses, phone numbers) before it is logged.
 * It uses nothing else of {@code common}.
 */
package com.orderplatform.common.logging;
