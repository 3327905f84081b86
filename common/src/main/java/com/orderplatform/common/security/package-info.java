/**
 * Security every service shares: bearer-token (JWT) authentication against trusted
 * issuers, the role model ({@code admin} ⊃ {@code operator} ⊃ {@code viewer}, plus the
 * {@code service} identity of service-to-service calls), problem-detail 401/403 answers,
 * CORS, request body limits, HMAC-signed webhooks and token revocation. This package is
 * what a service sees: the two auto-configurations, the settings, the roles, the
 * extension points a service contributes ({@link SecurityRules}, {@link PublicEndpoints},
 * {@link UploadEndpoints}, {@link WebhookSecret}, {@link RevocationSource}), the local
 * token issuer, the webhook signatures and the revocation list. The machinery lives in
 * its sub-packages, which only the auto-configurations wire: {@code tokens} (issuers and
 * token checks), {@code web} (filters and problem answers), {@code webhook} (signature
 * checking) and {@code revocation} (keeping the revocation list current). Sub-packages
 * may use this package; it uses them only from the auto-configurations.
 */
package com.orderplatform.common.security;
