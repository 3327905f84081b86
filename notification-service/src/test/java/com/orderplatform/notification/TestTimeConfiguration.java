package com.orderplatform.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the service's clock with {@link TestTime} and the dispatcher's sleeper with a
 * {@link TestSleeper} that moves it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTimeConfiguration {

	@Bean
	@Primary
	TestTime testTime() {
		return new TestTime();
	}

	@Bean
	@Primary
	TestSleeper testSleeper(TestTime time) {
		return new TestSleeper(time);
	}

}
