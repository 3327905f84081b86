package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

import com.orderplatform.common.web.ProblemDetailsExceptionHandler;

/**
 * A minimal service secured the way the platform's services are: its own rules, one
 * signed webhook, one upload endpoint, and an endpoint it forgot to give a rule.
 */
@SpringBootApplication
class SecuredSampleApplication {

	static final byte[] WEBHOOK_SECRET = "sample-webhook-secret-123".getBytes(StandardCharsets.UTF_8);

	@Bean
	SecurityRules sampleRules() {
		return rules -> rules.requestMatchers(HttpMethod.GET, "/api/samples")
			.hasRole(Roles.VIEWER)
			.requestMatchers(HttpMethod.POST, "/api/samples", "/api/uploads")
			.hasRole(Roles.OPERATOR)
			.requestMatchers(HttpMethod.GET, "/api/service-only")
			.hasRole(Roles.SERVICE);
	}

	@Bean
	PublicEndpoints samplePublicEndpoints() {
		return PublicEndpoints.of(PublicEndpoints.endpoint(HttpMethod.POST, "/api/hooks/*"));
	}

	@Bean
	WebhookSecret sampleWebhookSecret() {
		return new WebhookSecret("sample", WEBHOOK_SECRET);
	}

	@Bean
	UploadEndpoints sampleUploads() {
		return UploadEndpoints.of(PublicEndpoints.endpoint(HttpMethod.POST, "/api/uploads"));
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
		@SignedWebhook("sample")
		String hook(@PathVariable String id, @RequestBody String body) {
			return "hook " + id + " received " + body;
		}

		@PostMapping("/api/uploads")
		String upload(@RequestParam("file") MultipartFile file) {
			return "uploaded " + file.getSize();
		}

		@GetMapping("/api/service-only")
		String serviceOnly() {
			return "for services";
		}

		@GetMapping("/api/unruled")
		String unruled() {
			return "nobody should see this";
		}

	}

}
