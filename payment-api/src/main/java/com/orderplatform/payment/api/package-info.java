/**
 * The payment service's contract: the request and response records of its REST API
 * ({@code /api/v1/payments}), compiled against by the order service.
 */
package com.orderplatform.payment.api;
