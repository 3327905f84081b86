package com.orderplatform.notification.dispatch;

import java.time.Clock;

import com.orderplatform.common.lease.InstanceId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The dispatcher's settings and its way of waiting; tests replace the sleeper. */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

	@Bean
	Sleeper dispatchSleeper(Clock clock) {
		return new ClockSleeper(clock);
	}

	@Bean
	RetryPolicy retryPolicy(DispatchProperties properties) {
		return RetryPolicy.of(properties);
	}

	@Bean
	InstanceId dispatcherInstanceId(DispatchProperties properties, Environment environment) {
		return InstanceId.resolve(properties.instanceId(), environment);
	}

}
