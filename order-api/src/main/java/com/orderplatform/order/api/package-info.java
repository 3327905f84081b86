/**
 * The order service's contract: the request and response records of its REST API
 * ({@code /api/v1/orders}, {@code /api/v1/auth/login}, {@code /api/v1/users}), compiled
 * against by its callers (the payment service's webhook, end-to-end tests). JSON names
 * are snake_case and enum values lowercase, as everywhere.
 */
package com.orderplatform.order.api;
