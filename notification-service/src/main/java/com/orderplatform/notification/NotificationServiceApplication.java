package com.orderplatform.notification;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The notification service: renders the order templates and sends them by email or SMS,
 * recording every notification and its delivery status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(info = @Info(title = "Notification Service", version = "v1",
		description = "Renders the order notification templates (Japanese and English) and sends them by "
				+ "email or SMS under a global rate limit (10 per second by default); keeps every "
				+ "notification with its delivery status."))
public class NotificationServiceApplication {

	/**
	 * Starts the service.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(NotificationServiceApplication.class, args);
	}

}
