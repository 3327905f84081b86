/**
 * Helpers for the services' integration tests, against real parts: {@link TestDatabases}
 * (a fresh SQLite file, or a fresh database in one embedded PostgreSQL per test JVM),
 * {@link TestTokenIssuer} (tokens signed the way the platform signs them), and the HTTP
 * helpers the security tests walk every route with ({@link RouteWalk},
 * {@link PathVariants}, {@link AuthorizationMatrix}, {@link RawHttp}, {@link LargeBody},
 * {@link LocalAddresses}), and {@link GatewayLedger}, the payment gateway's charge ledger
 * that "never charged twice" is counted on. It knows no service's code: a service's tests
 * hand it their application context or port. The process launcher shared by the
 * end-to-end tests and the benchmark is the {@code process} sub-package.
 */
package com.orderplatform.testsupport;
