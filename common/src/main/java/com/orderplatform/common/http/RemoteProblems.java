package com.orderplatform.common.http;

import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Turns a failed downstream call into one sentence worth keeping, e.g. on an order whose
 * payment failed: the downstream service's own problem detail when it sent one, otherwise
 * what happened.
 */
public final class RemoteProblems {

	private RemoteProblems() {
	}

	/**
	 * Describes a failed call to the named service.
	 * @param service the downstream service, e.g. {@code "payment-service"}
	 * @param failure what the call threw
	 * @return a one-line reason
	 */
	public static String describe(String service, Throwable failure) {
		if (failure instanceof RestClientResponseException response) {
			String detail = null;
			try {
				ProblemDetail problem = response.getResponseBodyAs(ProblemDetail.class);
				detail = (problem != null) ? problem.getDetail() : null;
			}
			catch (RuntimeException unreadable) {
				// Not a problem detail: fall back to the status line below.
			}
			String status = response.getStatusCode().value() + "";
			return (detail != null) ? service + " rejected the request (" + status + "): " + detail
					: service + " answered " + status;
		}
		if (failure instanceof ResourceAccessException) {
			return service + " is unreachable: " + rootMessage(failure);
		}
		return service + " call failed: " + rootMessage(failure);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? " (" + message + ")" : "");
	}

}
