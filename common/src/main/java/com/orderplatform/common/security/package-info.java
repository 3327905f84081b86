/**
 * Security every service shares: bearer-token (JWT) authentication against trusted
 * issuers, the role model ({@code admin} ⊃ {@code operator} ⊃ {@code viewer}, plus the
 * {@code service} identity of service-to-service calls), problem-detail 401/403 answers,
 * CORS, request body limits, and HMAC-signed webhooks. A service contributes only its
 * {@link SecurityRules}.
 */
package com.orderplatform.common.security;
