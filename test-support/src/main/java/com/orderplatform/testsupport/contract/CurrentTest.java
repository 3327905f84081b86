package com.orderplatform.testsupport.contract;

import java.lang.reflect.Method;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Remembers which test method runs on this thread, so that the contract check knows
 * whether the test sends invalid requests on purpose ({@link SendsInvalidRequests}).
 */
public class CurrentTest implements TestExecutionListener {

	private static final ThreadLocal<Method> METHOD = new ThreadLocal<>();

	@Override
	public void beforeTestMethod(TestContext testContext) {
		enter(testContext.getTestMethod());
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		leave();
	}

	static void enter(Method method) {
		METHOD.set(method);
	}

	static void leave() {
		METHOD.remove();
	}

	/**
	 * Whether the requests of the running test are to be checked.
	 * @return {@code false} only inside a test marked {@link SendsInvalidRequests}
	 */
	static boolean checksRequests() {
		Method method = METHOD.get();
		return method == null || !method.isAnnotationPresent(SendsInvalidRequests.class);
	}

}
