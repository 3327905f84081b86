/**
 * The notification service's contract: the request and response records of its REST API
 * ({@code /api/v1/notifications}), compiled against by the order service.
 */
package com.orderplatform.notification.api;
