package com.orderplatform.notification;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The notification service: renders the templates, queues the messages durably and sends
 * them by email or SMS at the rate limit, recording every notification and its delivery
 * status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(servers = @Server(url = "http://localhost:8002", description = "Started by ./oms run"),
		info = @Info(title = "Notification Service", version = "v1",
				description = "Renders the notification templates (Japanese and English) and queues them, one at a "
						+ "time or in bulk; a dispatcher sends them by email or SMS under a global rate limit (10 per "
						+ "second by default), retrying transient failures; keeps every notification with its "
						+ "delivery status."))
public class NotificationServiceApplication {

	/**
	 * Starts the service.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(NotificationServiceApplication.class, args);
	}

}
