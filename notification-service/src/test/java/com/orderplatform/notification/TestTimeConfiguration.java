package com.orderplatform.notification;

import com.orderplatform.notification.dispatch.PaceTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the service's clock with {@link TestTime}, the dispatcher's sleeper with a
 * {@link TestSleeper} that moves it, and the send pace's clock (the database's in the
 * service) with it too, so that pacing runs at full speed with exact times. The pace on
 * the database's clock is tested without this configuration
 * ({@code DispatcherRealTimeIntegrationTests},
 * {@code PaceOnDatabaseClockIntegrationTests}).
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

	@Bean
	@Primary
	PaceTime testPaceTime(TestTime time) {
		return PaceTime.of(time);
	}

}
