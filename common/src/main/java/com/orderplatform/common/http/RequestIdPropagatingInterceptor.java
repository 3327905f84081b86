package com.orderplatform.common.http;

import java.io.IOException;

import com.orderplatform.common.web.RequestIds;
import org.slf4j.MDC;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Passes the current request id on to every downstream call made with a
 * {@code RestClient}.
 */
public class RequestIdPropagatingInterceptor implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String requestId = MDC.get(RequestIds.MDC_KEY);
		if (requestId != null && !request.getHeaders().containsHeader(RequestIds.HEADER)) {
			request.getHeaders().set(RequestIds.HEADER, requestId);
		}
		return execution.execute(request, body);
	}

}
