/**
 * The payment gateway's callbacks: the signed endpoint and the service that applies a
 * callback's outcome to its payment and announces the change. It may use the feature's
 * aggregate, {@code store}, the {@code gateway}'s settings, the {@code api} contract and
 * {@code common.security}'s signature check.
 */
package com.orderplatform.payment.payment.callback;
