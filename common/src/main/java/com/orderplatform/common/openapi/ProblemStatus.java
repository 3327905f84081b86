package com.orderplatform.common.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem-detail answer only the handler method knows it gives (409 for a state that
 * does not allow the change, 402 for a declined payment …), documented as an
 * {@code application/problem+json} response of its operation. The answers every operation
 * gives by the platform's rules (400, 401, 403, 404, 413, 415, 500) need no annotation.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemStatus.List.class)
public @interface ProblemStatus {

	/**
	 * The status code.
	 * @return the code, e.g. 409
	 */
	int value();

	/**
	 * When the operation answers it.
	 * @return the description
	 */
	String when();

	/** The container of repeated {@link ProblemStatus} annotations. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		/**
		 * The answers.
		 * @return the answers
		 */
		ProblemStatus[] value();

	}

}
