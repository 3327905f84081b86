/**
 * Who may call what: the payment endpoints' rules (read by viewers and the order service;
 * pay, pay in batches and refund by the order service and admins), and the gateway's
 * callback, which authenticates by its HMAC signature instead of a token. The platform's
 * shared security (tokens, roles, 401/403 answers) comes from the common module.
 */
package com.orderplatform.payment.security;
