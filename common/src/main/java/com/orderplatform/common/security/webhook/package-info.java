/**
 * Signed webhooks on the receiving side:
 * {@link com.orderplatform.common.security.webhook.SignedWebhookVerifier} checks the HMAC
 * signature of a {@code @SignedWebhook} handler's method, canonical path and body while
 * the body is read, and
 * {@link com.orderplatform.common.security.webhook.SignedWebhookCheck} refuses to start
 * when such a handler takes no {@code @RequestBody}. It may use {@code common.security}'s
 * {@code WebhookSignatures}, {@code WebhookSecret} and {@code SignedWebhook}, and
 * {@code web}'s body-too-large exception.
 */
package com.orderplatform.common.security.webhook;
