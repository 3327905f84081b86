/**
 * The contract test: every request and response a service's integration tests exchange
 * with it is checked against the OpenAPI document the service publishes
 * ({@code /v3/api-docs}), with a standard JSON Schema 2020-12 validator in its OpenAPI
 * 3.1 dialect (networknt's json-schema-validator). A violation fails the test at the
 * call, naming the operation and the mismatch. A service turns it on with one line in its
 * test {@code META-INF/spring.factories} ({@link ContractValidationCustomizerFactory}); a
 * test that sends invalid requests on purpose says so with {@link SendsInvalidRequests},
 * and its responses are still checked.
 */
package com.orderplatform.testsupport.contract;
