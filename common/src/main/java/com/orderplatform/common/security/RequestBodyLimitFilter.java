package com.orderplatform.common.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413: at once when its length is
 * declared, while it is read when it is sent chunked. Multipart uploads have their own,
 * larger limit ({@code spring.servlet.multipart.*}).
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final DataSize limit;

	private final ProblemResponses problems;

	public RequestBodyLimitFilter(DataSize limit, ProblemResponses problems) {
		this.limit = limit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (!isMultipart(request) && length > this.limit.toBytes()) {
			this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
					"The request body of %d bytes is larger than the limit of %d bytes".formatted(length,
							this.limit.toBytes()));
			return;
		}
		boolean chunked = length < 0 && !isMultipart(request);
		chain.doFilter(chunked ? new LimitedRequest(request, this.limit.toBytes()) : request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

}
