package com.orderplatform.order;

import java.time.Clock;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The order service: owns orders, their items and status history, and orchestrates
 * payment and notifications around an order's lifecycle.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(servers = @Server(url = "http://localhost:8000", description = "Started by ./oms run"),

		info = @Info(title = "Order service", version = "v1",
				description = "Places orders, charges them through the payment service, moves them through "
						+ "pending → payment_processing → paid → shipped → delivered (or cancelled, with a refund), "
						+ "and asks the notification service to email the customer at each step. "
						+ "Log in with POST /api/v1/auth/login and send the token as 'Authorization: Bearer <token>'."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OrderServiceApplication {

	/**
	 * Starts the service.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(OrderServiceApplication.class, args);
	}

	/**
	 * The clock every timestamp comes from (never the database's), so tests can control
	 * time.
	 * @return the UTC system clock
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
