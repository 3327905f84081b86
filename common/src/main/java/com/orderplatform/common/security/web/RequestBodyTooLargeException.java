package com.orderplatform.common.security.web;

import java.io.IOException;

/**
 * Thrown while reading a request body (sent without a length) that grows past the limit;
 * the problem-details handler answers it with 413.
 */
public class RequestBodyTooLargeException extends IOException {

	public RequestBodyTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes");
	}

}
