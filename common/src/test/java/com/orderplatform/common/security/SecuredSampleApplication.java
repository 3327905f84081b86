package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;

/**
 * A minimal service secured the way the platform's services are: its own rules, one
 * signed webhook, and an endpoint it forgot to give a rule.
 */
@SpringBootApplication
class SecuredSampleApplication {

	static final byte[] WEBHOOK_SECRET = "sample-webhook-secret-123".getBytes(StandardCharsets.UTF_8);

	@Bean
	SecurityRules sampleRules() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/api/samples")
			.hasRole(Roles.VIEWER)
			.requestMatchers(HttpMethod.POST, "/api/samples")
			.hasRole(Roles.OPERATOR);
	}

	@Bean
	PublicEndpoints samplePublicEndpoints() {
		return PublicEndpoints.of(PublicEndpoints.endpoint(HttpMethod.POST, "/api/hooks/*"));
	}

	@Bean
	FilterRegistrationBean<SignedWebhookFilter> sampleWebhookSignatures(ProblemResponses problems) {
		FilterRegistrationBean<SignedWebhookFilter> registration = new FilterRegistrationBean<>(
				new SignedWebhookFilter(List.of("/api/hooks/*"), WEBHOOK_SECRET, Clock.systemUTC(), problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@RestControllerAdvice
	static class SampleProblemDetails extends ProblemDetailsExceptionHandler {

	}

	@RestController
	static class SampleController {

		@GetMapping("/api/samples")
		String list() {
			return "samples";
		}

		@PostMapping("/api/samples")
		String create(@RequestBody String body) {
			return "created " + body.length();
		}

		@PostMapping("/api/hooks/{id}")
		String hook(@RequestBody String body) {
			return "received " + body;
		}

		@GetMapping("/api/unruled")
		String unruled() {
			return "nobody should see this";
		}

	}

}
