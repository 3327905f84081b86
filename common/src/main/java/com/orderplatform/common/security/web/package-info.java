/**
 * The servlet side of the shared security: problem-detail 401/403 answers
 * ({@link com.orderplatform.common.security.web.ProblemResponses} and the entry point and
 * access-denied handler built on it), the response security headers, and the request body
 * limit ({@link com.orderplatform.common.security.web.RequestBodyLimitFilter}, which
 * refuses a body over the limit before more than the limit is read). It may use
 * {@code common.security}'s settings and upload endpoints, and {@code tokens} to tell a
 * revoked token from another failure.
 */
package com.orderplatform.common.security.web;
