package com.orderplatform.common.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a POST to a webhook path through only with a valid {@link WebhookSignatures}
 * signature of its exact body; anything else gets 401 and reaches no controller, so it
 * changes nothing. The controller then reads the same bytes that were verified.
 */
public class SignedWebhookFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignedWebhookFilter.class);

	private final AntPathMatcher paths = new AntPathMatcher();

	private final List<String> pathPatterns;

	private final byte[] secret;

	private final Clock clock;

	private final ProblemResponses problems;

	/**
	 * Creates the filter.
	 * @param pathPatterns the webhook paths (Ant patterns, e.g.
	 * {@code /api/v1/orders/*\/webhook})
	 * @param secret the shared secret
	 * @param clock the clock timestamps are checked against
	 * @param problems writes the 401 answer
	 */
	public SignedWebhookFilter(List<String> pathPatterns, byte[] secret, Clock clock, ProblemResponses problems) {
		this.pathPatterns = List.copyOf(pathPatterns);
		this.secret = secret.clone();
		this.clock = clock;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| this.pathPatterns.stream().noneMatch(pattern -> this.paths.match(pattern, path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		try {
			WebhookSignatures.verify(this.secret, request.getHeader(WebhookSignatures.HEADER), body,
					this.clock.instant(), WebhookSignatures.DEFAULT_TOLERANCE);
		}
		catch (WebhookSignatures.InvalidSignatureException ex) {
			log.warn("Refused webhook {} from {}: {}", request.getRequestURI(), request.getRemoteAddr(),
					ex.getMessage());
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "Webhook refused: " + ex.getMessage());
			return;
		}
		chain.doFilter(new VerifiedBodyRequest(request, body), response);
	}

	private static final class VerifiedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		VerifiedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The verified body is already in memory");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
