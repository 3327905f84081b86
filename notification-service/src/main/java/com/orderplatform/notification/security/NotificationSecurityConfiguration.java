package com.orderplatform.notification.security;

import com.orderplatform.common.security.Roles;
import com.orderplatform.common.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The notification service's authorization rules.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSecurityConfiguration {

	/**
	 * Reading notifications and the queue's state is for users (viewer and up) and for
	 * the order service; queueing them, one or many, is for the order service, and for
	 * admins who resend by hand.
	 * @return the rules
	 */
	@Bean
	SecurityRules notificationSecurityRules() {
		return rules -> rules
			.requestMatchers(HttpMethod.GET, "/api/v1/notifications", "/api/v1/notifications/",
					"/api/v1/notifications/**")
			.hasAnyRole(Roles.VIEWER, Roles.SERVICE)
			.requestMatchers(HttpMethod.POST, "/api/v1/notifications/email", "/api/v1/notifications/sms",
					"/api/v1/notifications/bulk")
			.hasAnyRole(Roles.SERVICE, Roles.ADMIN);
	}

}
