package com.orderplatform.notification.notification.intake;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that stamps notifications, UTC; tests replace it. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
