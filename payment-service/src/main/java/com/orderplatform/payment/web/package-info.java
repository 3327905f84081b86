/**
 * How the service answers errors: one {@code @RestControllerAdvice} turning the domain's
 * exceptions into RFC 9457 problem details, on top of the platform's shared handling of
 * validation and malformed requests.
 */
package com.orderplatform.payment.web;
