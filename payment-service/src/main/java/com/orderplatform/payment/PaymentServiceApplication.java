package com.orderplatform.payment;

import java.time.Clock;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The payment service: charges orders through the payment gateway, refunds them, and
 * tells the order service about every change of a payment's status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(servers = @Server(url = "http://localhost:8001", description = "Started by ./oms run"), info = @Info(
		title = "Payment service", version = "v1",
		description = "Payments for single orders and in batches (100 to 1,000,000 JPY, one payment per order), "
				+ "full refunds, payment gateway callbacks, and payment status webhooks to the order service."))
public class PaymentServiceApplication {

	/**
	 * Starts the service.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(PaymentServiceApplication.class, args);
	}

	/**
	 * The clock every timestamp is taken from, so that tests can fix time and no
	 * timestamp depends on a database default.
	 * @return the UTC system clock
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
