package com.orderplatform.common.security.web;

import java.io.IOException;
import java.util.Locale;

import com.orderplatform.common.security.UploadEndpoints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request body to a limit before anything reads it.
 * <ul>
 * <li>An upload endpoint ({@link UploadEndpoints}) may take a multipart body up to the
 * upload limit; one that declares more is refused at once, and the multipart parser stops
 * a chunked one at the same limit.</li>
 * <li>Anywhere else a body declaring more than the request limit is refused at once with
 * 413; one sent without a length is counted while it is read and refused with 413 as soon
 * as it passes the limit (never more is read); and a multipart body is refused unread
 * with 415, since the servlet container would otherwise parse it up to the upload limit
 * before any handler could say it takes none.</li>
 * </ul>
 * A {@code Content-Length} smaller than what is sent cannot stretch the limit: the
 * container hands the application exactly the declared bytes.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final long uploadLimit;

	private final RequestMatcher uploads;

	private final ProblemResponses problems;

	/**
	 * Creates the filter.
	 * @param limit the largest body outside uploads, in bytes
	 * @param uploadLimit the largest upload, in bytes
	 * @param uploads the endpoints that take uploads
	 * @param problems writes the answers
	 */
	public RequestBodyLimitFilter(long limit, long uploadLimit, RequestMatcher uploads, ProblemResponses problems) {
		this.limit = limit;
		this.uploadLimit = uploadLimit;
		this.uploads = uploads;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		boolean upload = isMultipart(request) && this.uploads.matches(request);
		long allowed = upload ? this.uploadLimit : this.limit;
		if (declared > allowed) {
			this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
					"The request body of %d bytes is larger than the limit of %d bytes".formatted(declared, allowed));
			return;
		}
		if (isMultipart(request) && !upload) {
			this.problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"%s %s does not take a multipart/form-data body".formatted(request.getMethod(),
							ProblemResponses.printablePath(request)));
			return;
		}
		chain.doFilter(upload ? request : new LimitedRequest(request, this.limit), response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

}
