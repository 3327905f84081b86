package com.orderplatform.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the service's clock and rate-limit time meter with {@link TestTime}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTimeConfiguration {

	@Bean
	@Primary
	TestTime testTime() {
		return new TestTime();
	}

}
