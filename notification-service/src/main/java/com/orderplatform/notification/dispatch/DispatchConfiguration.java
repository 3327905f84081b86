package com.orderplatform.notification.dispatch;

import java.time.Clock;

import javax.sql.DataSource;

import com.orderplatform.common.lease.InstanceId;
import com.orderplatform.common.storage.SqlDialect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The dispatcher's settings, its way of waiting and the clock of its pace; tests replace
 * the sleeper and may replace the pace's clock.
 */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

	@Bean
	Sleeper dispatchSleeper(Clock clock) {
		return new ClockSleeper(clock);
	}

	/** The send pace is kept on the database's clock, which every instance shares. */
	@Bean
	PaceTime paceTime(DataSource dataSource) {
		return PaceTime.database(SqlDialect.of(dataSource));
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
