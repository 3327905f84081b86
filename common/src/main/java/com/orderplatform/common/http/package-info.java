/**
 * Calls to other services: {@link com.orderplatform.common.http.ServiceClients} builds
 * {@code RestClient}s with timeouts and retries of transient failures only, settings are
 * typed and validated, a failed call becomes one sentence worth storing, and the request
 * id is passed on. It may use {@code common.web}'s request ids.
 */
package com.orderplatform.common.http;
