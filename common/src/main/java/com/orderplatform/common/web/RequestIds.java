package com.orderplatform.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The request id that travels with a call from its first service through every downstream
 * call ({@value #HEADER} header) and appears in every log line ({@value #MDC_KEY} in the
 * MDC).
 */
public final class RequestIds {

	/** The HTTP header carrying the request id. */
	public static final String HEADER = "X-Request-Id";

	/** The MDC key under which the current request id is logged. */
	public static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestIds() {
	}

	/**
	 * Returns the request id of the current thread, or {@code "-"} outside a request.
	 * @return the current request id
	 */
	public static String current() {
		String id = MDC.get(MDC_KEY);
		return (id != null) ? id : "-";
	}

	/**
	 * Accepts a caller's request id when it is short and harmless, otherwise makes a new
	 * one.
	 * @param candidate the id the caller sent, may be {@code null}
	 * @return the id to use
	 */
	static String acceptOrCreate(String candidate) {
		if (candidate != null && ACCEPTABLE.matcher(candidate).matches()) {
			return candidate;
		}
		return UUID.randomUUID().toString();
	}

}
