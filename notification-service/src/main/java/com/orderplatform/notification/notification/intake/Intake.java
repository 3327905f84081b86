package com.orderplatform.notification.notification.intake;

/**
 * Where notifications come in, which decides the few things the one queueing path does
 * differently for them.
 */
enum Intake {

	/**
	 * {@code POST /email} or {@code /sms}: one notification. A key is optional and none
	 * is made up; a request that cannot be rendered is refused naming its own fields; the
	 * request's validation has already checked the recipient.
	 */
	SINGLE,

	/**
	 * {@code POST /bulk}: up to the configured number of items, all or none. An item
	 * without a key gets one, and every invalid item is listed by its index.
	 */
	BULK

}
