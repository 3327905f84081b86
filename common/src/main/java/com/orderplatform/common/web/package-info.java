/**
 * The web layer every service shares: RFC 9457 problem details for the errors a service
 * does not map itself
 * ({@link com.orderplatform.common.web.ProblemDetailsExceptionHandler}, the base of each
 * service's one {@code @RestControllerAdvice}) and the request id ({@code X-Request-Id})
 * read or made, logged and echoed. It may use {@code common.security}'s webhook signature
 * failure and body-too-large exception, to answer them as problems.
 */
package com.orderplatform.common.web;
