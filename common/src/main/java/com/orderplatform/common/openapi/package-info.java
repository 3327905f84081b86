/**
 * The OpenAPI documents every service publishes at {@code /v3/api-docs}, made to describe
 * the wire exactly: property names and enum values from {@code json.JsonConventions} (the
 * source Boot's mapper is built from), nullability from {@code @Nullable}, and the
 * responses, problem details and security every operation has by the platform's rules.
 * Uses {@code json}, {@code web} and {@code security}.
 */
package com.orderplatform.common.openapi;
