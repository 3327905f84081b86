package com.orderplatform.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method as a webhook whose {@link WebhookSignatures signature} is its
 * authentication. The signature is checked when the method's {@code @RequestBody} is
 * read, against the method, the canonical path (the mapped pattern with the path
 * variables the handler receives) and the exact body bytes: a request can reach the
 * method only through that check, whatever spelling of the path routed it there, and a
 * signature made for one resource does not fit another. The method must take a required
 * {@code @RequestBody}; the service refuses to start otherwise.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SignedWebhook {

	/**
	 * The name of the {@link WebhookSecret} the caller signs with.
	 * @return the secret's name
	 */
	String value();

}
