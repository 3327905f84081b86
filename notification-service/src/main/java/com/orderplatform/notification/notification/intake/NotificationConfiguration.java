package com.orderplatform.notification.notification.intake;

import java.time.Clock;

import com.orderplatform.common.concurrent.BackgroundWorkers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that stamps notifications, UTC (tests replace it), and the threads bulk
 * requests are rendered and stored on.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * A few threads at background priority ({@code oms.notifications.bulk.workers},
	 * {@code worker-nice}), so that an import's notifications neither hold request
	 * threads nor compete at equal priority with interactive requests.
	 * @param properties the bulk settings
	 * @return the workers
	 */
	@Bean(destroyMethod = "close")
	BackgroundWorkers bulkNotificationWorkers(BulkProperties properties) {
		return BackgroundWorkers.start("notification-bulk-", properties.workers(), properties.workerNice());
	}

}
