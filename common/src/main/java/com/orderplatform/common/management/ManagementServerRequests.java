package com.orderplatform.common.management;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Matches the requests served by Actuator's own server ({@code OMS_MANAGEMENT_PORT}),
 * told by the server that received them rather than by a port number (which may be chosen
 * at random in tests). The shared security filter chain runs on both servers; on the
 * management one everything is open, because that port is reachable only from the
 * cluster's network (scrapers, probes) and carries no user data.
 */
public final class ManagementServerRequests implements RequestMatcher {

	/** The server namespace Spring Boot gives Actuator's own server. */
	static final String NAMESPACE = "management";

	@Override
	public boolean matches(HttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return context != null && WebServerApplicationContext.hasServerNamespace(context, NAMESPACE);
	}

}
