package com.orderplatform.testsupport.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.StreamUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriUtils;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Hooks the contract check into the test clients of a service's integration tests: every
 * MockMvc call and every RestTestClient call is checked against the document the service
 * in the same test context publishes at {@code /v3/api-docs}.
 */
public class ContractValidation implements MockMvcBuilderCustomizer, RestTestClientBuilderCustomizer {

	private final ApplicationContext context;

	private volatile ContractValidator validator;

	public ContractValidation(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.alwaysDo(this::check);
	}

	@Override
	public void customize(RestTestClient.Builder<?> builder) {
		builder.requestInterceptor(this::intercept);
	}

	private void check(MvcResult result) {
		MockHttpServletRequest request = result.getRequest();
		if (request.isAsyncStarted()) {
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		Map<String, String> headers = new LinkedHashMap<>();
		Collections.list(request.getHeaderNames())
			.forEach(name -> headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name)));
		byte[] body = (request.getContentAsByteArray() != null) ? request.getContentAsByteArray() : new byte[0];
		validate(new Exchange(request.getMethod(), UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8),
				Exchange.query(request.getQueryString()), headers, request.getContentType(), body, response.getStatus(),
				response.getContentType(), response.getContentAsByteArray()));
	}

	private ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ClientHttpResponse response = execution.execute(request, body);
		byte[] content = StreamUtils.copyToByteArray(response.getBody());
		URI uri = request.getURI();
		Map<String, String> headers = new LinkedHashMap<>();
		request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
		HttpHeaders responseHeaders = response.getHeaders();
		validate(new Exchange(request.getMethod().name(), uri.getPath(), Exchange.query(uri.getRawQuery()), headers,
				request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), body, response.getStatusCode().value(),
				responseHeaders.getFirst(HttpHeaders.CONTENT_TYPE), content));
		return new BufferedResponse(response, content);
	}

	private void validate(Exchange exchange) {
		validator().assertConforms(exchange, CurrentTest.checksRequests());
	}

	private ContractValidator validator() {
		if (this.validator == null) {
			try {
				String json = MockMvcBuilders.webAppContextSetup((WebApplicationContext) this.context)
					.build()
					.perform(get("/v3/api-docs"))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				this.validator = new ContractValidator(json);
			}
			catch (Exception ex) {
				throw new IllegalStateException("The service's /v3/api-docs could not be read", ex);
			}
		}
		return this.validator;
	}

	/**
	 * The response with its body read once for the check and served again from memory.
	 */
	private record BufferedResponse(ClientHttpResponse response, byte[] content) implements ClientHttpResponse {

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.getHeaders();
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.content);
		}

		@Override
		public void close() {
			this.response.close();
		}

	}

}
