/**
 * Refunds: a completed payment is refunded once, in full (spec FR-016), typically when
 * its order is cancelled. The refund is stored and the payment marked refunded in one
 * transaction; a unique refund per payment holds even when two requests race.
 */
package com.orderplatform.payment.refund;
