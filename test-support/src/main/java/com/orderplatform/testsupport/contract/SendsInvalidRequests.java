package com.orderplatform.testsupport.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test sends requests that break the API contract on purpose (a missing field, a
 * wrong type, an unknown parameter) to check how they are refused: its requests are not
 * checked against the document, its responses still are. Put it on the test method, never
 * on a class, so that the opt-out stays as narrow as the tests that need it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SendsInvalidRequests {

	/**
	 * What is invalid, for the reader.
	 * @return the reason
	 */
	String value();

}
