package com.orderplatform.common.security.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem detail straight to the servlet response, for answers given before a
 * controller runs (authentication, authorization, body limits, webhook signatures).
 */
public final class ProblemResponses {

	private final JsonMapper json;

	public ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Writes the problem.
	 * @param request the request
	 * @param response the response
	 * @param status the status
	 * @param detail what is wrong, for the caller
	 * @throws IOException when the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException notAUri) {
			// An odd path is named in the detail already; the problem goes without it.
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * The request's path as it arrived, safe to put in a message or a log line: at most
	 * 200 characters, anything but printable ASCII replaced by {@code ?}.
	 * @param request the request
	 * @return the path
	 */
	public static String printablePath(HttpServletRequest request) {
		String path = request.getRequestURI();
		String cut = (path.length() > 200) ? path.substring(0, 200) + "..." : path;
		return cut.replaceAll("[^\\x21-\\x7e]", "?");
	}

}
