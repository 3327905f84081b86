package com.orderplatform.notification.ratelimit;

import io.github.bucket4j.TimeMeter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate limiter's clock: the monotonic system clock, replaced in tests. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	TimeMeter rateLimitTimeMeter() {
		return TimeMeter.SYSTEM_NANOTIME;
	}

}
