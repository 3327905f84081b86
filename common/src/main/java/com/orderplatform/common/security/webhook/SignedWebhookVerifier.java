package com.orderplatform.common.security.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.orderplatform.common.security.SignedWebhook;
import com.orderplatform.common.security.WebhookSecret;
import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.common.security.web.RequestBodyTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks the signature of every {@link SignedWebhook} call while its body is read, after
 * routing has chosen the handler: the path signed is the handler's own pattern filled
 * with the path variables it receives, so no spelling of the URL ({@code %77ebhook},
 * {@code //}, {@code ;x}) can reach the handler unchecked or with another resource's
 * signature. The body is read once, at most the request body limit, and handed on as
 * verified.
 */
@ControllerAdvice
public class SignedWebhookVerifier extends RequestBodyAdviceAdapter {

	private static final Logger log = LoggerFactory.getLogger(SignedWebhookVerifier.class);

	private final Map<String, WebhookSecret> secrets;

	private final Clock clock;

	private final long maxBody;

	/**
	 * Creates the verifier.
	 * @param secrets the secrets the service's webhooks are signed with
	 * @param clock the clock signature timestamps are checked against
	 * @param maxBody the largest body read
	 */
	public SignedWebhookVerifier(List<WebhookSecret> secrets, Clock clock, DataSize maxBody) {
		this.secrets = secrets.stream().collect(Collectors.toUnmodifiableMap(WebhookSecret::name, Function.identity()));
		this.clock = clock;
		this.maxBody = maxBody.toBytes();
	}

	/**
	 * Whether a secret of this name is known.
	 * @param name the name a {@link SignedWebhook} gives
	 * @return whether it is known
	 */
	boolean knows(String name) {
		return this.secrets.containsKey(name);
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return parameter.hasMethodAnnotation(SignedWebhook.class);
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		SignedWebhook webhook = parameter.getMethodAnnotation(SignedWebhook.class);
		WebhookSecret secret = this.secrets.get(webhook.value());
		if (secret == null) {
			throw new IllegalStateException("No webhook secret named '" + webhook.value() + "'");
		}
		HttpServletRequest request = currentRequest();
		byte[] body = readBounded(message.getBody());
		String path = canonicalPath(request);
		try {
			WebhookSignatures.verify(secret.secret(), message.getHeaders().getFirst(WebhookSignatures.HEADER),
					request.getMethod(), path, body, this.clock.instant(), WebhookSignatures.DEFAULT_TOLERANCE);
		}
		catch (WebhookSignatures.InvalidSignatureException ex) {
			log.warn("Refused {} webhook {} {} from {}: {}", webhook.value(), request.getMethod(), path,
					request.getRemoteAddr(), ex.getMessage());
			throw ex;
		}
		return new VerifiedBody(message.getHeaders(), body);
	}

	private byte[] readBounded(InputStream in) throws IOException {
		byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBody + 1));
		if (body.length > this.maxBody) {
			throw new RequestBodyTooLargeException(this.maxBody);
		}
		return body;
	}

	/**
	 * The path the handler acts on: its mapped pattern with the (decoded) path variables
	 * it is given, encoded again as a URI path.
	 */
	static String canonicalPath(HttpServletRequest request) {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (pattern == null) {
			throw new IllegalStateException("A signed webhook was read outside a mapped handler");
		}
		return UriComponentsBuilder.fromPath(pattern)
			.buildAndExpand((variables != null) ? variables : Map.of())
			.encode()
			.getPath();
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.currentRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		throw new IllegalStateException("A signed webhook was read outside a servlet request");
	}

	private record VerifiedBody(HttpHeaders headers, byte[] bytes) implements HttpInputMessage {

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.bytes);
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
