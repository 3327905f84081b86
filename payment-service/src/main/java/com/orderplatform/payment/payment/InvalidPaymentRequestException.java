package com.orderplatform.payment.payment;

/**
 * A payment request that cannot be carried out as asked, for a reason one field of it
 * names: answered 400 with that field, and nothing is charged.
 */
public abstract class InvalidPaymentRequestException extends RuntimeException {

	private final String field;

	protected InvalidPaymentRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The field at fault, as the client wrote it.
	 * @return e.g. {@code amount} or {@code items[5].order_id}
	 */
	public String field() {
		return this.field;
	}

}
