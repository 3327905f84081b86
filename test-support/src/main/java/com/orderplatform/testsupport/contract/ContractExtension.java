package com.orderplatform.testsupport.contract;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link CurrentTest} for tests that are not Spring tests (the end-to-end suite): tells
 * {@link ServiceContracts} which test runs, so that {@link SendsInvalidRequests} is
 * honoured there too.
 */
public class ContractExtension implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getTestMethod().ifPresent(CurrentTest::enter);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		CurrentTest.leave();
	}

}
