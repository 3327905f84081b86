package com.orderplatform.notification.delivery;

/**
 * A transport could not deliver a message; the message says why, for the notification
 * history. A failure is transient (worth retrying: a server down, a timeout) unless the
 * transport knows that trying again cannot help, such as a mail server refusing the
 * recipient with a 5xx reply.
 */
public class DeliveryFailedException extends RuntimeException {

	private final boolean permanent;

	/**
	 * Creates a transient failure.
	 * @param reason why delivery failed
	 * @param cause the underlying failure
	 */
	public DeliveryFailedException(String reason, Throwable cause) {
		this(reason, cause, false);
	}

	private DeliveryFailedException(String reason, Throwable cause, boolean permanent) {
		super(reason, cause);
		this.permanent = permanent;
	}

	/**
	 * Creates a failure that retrying cannot cure.
	 * @param reason why delivery failed
	 * @param cause the underlying failure
	 * @return the exception
	 */
	public static DeliveryFailedException permanent(String reason, Throwable cause) {
		return new DeliveryFailedException(reason, cause, true);
	}

	/**
	 * Whether retrying is pointless.
	 * @return {@code true} for a permanent failure
	 */
	public boolean isPermanent() {
		return this.permanent;
	}

}
