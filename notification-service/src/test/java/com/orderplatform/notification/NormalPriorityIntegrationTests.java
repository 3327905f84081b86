package com.orderplatform.notification;

import org.springframework.test.context.TestPropertySource;

/**
 * {@code worker-nice=0} and {@code dispatcher-nice=0}: bulks still run on the background
 * workers, and they and the dispatcher keep the priority of the thread that made them
 * (the test's, as a request thread's).
 */
@TestPropertySource(properties = { "oms.notifications.bulk.worker-nice=0", "oms.notifications.dispatcher-nice=0" })
class NormalPriorityIntegrationTests extends BackgroundPriorityIntegrationTests {

	@Override
	protected int expectedNice() {
		return Seen.now().nice();
	}

}
