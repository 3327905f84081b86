package com.orderplatform.e2e;

import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Remembers whether any test of this run has failed, in a test method or in a set-up or
 * tear-down method, so that {@link Platform} keeps its data directory (the three
 * databases) for whoever looks into the failure, and deletes it otherwise. Registered for
 * every test class of the module through JUnit's extension auto-detection
 * ({@code META-INF/services}, {@code junit-platform.properties}).
 */
public final class FailedTests implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

	private static volatile boolean failed;

	/**
	 * Whether a test of this JVM has failed so far.
	 * @return {@code true} after the first failure
	 */
	static boolean any() {
		return failed;
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		failed = true;
	}

	@Override
	public void testAborted(ExtensionContext context, Throwable cause) {
		// An assumption that did not hold is not a failure.
	}

	@Override
	public void testDisabled(ExtensionContext context, Optional<String> reason) {
		// Not run, not failed.
	}

	@Override
	public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
		failed = true;
		throw cause;
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
		failed = true;
		throw cause;
	}

	@Override
	public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
		failed = true;
		throw cause;
	}

	@Override
	public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
		failed = true;
		throw cause;
	}

}
