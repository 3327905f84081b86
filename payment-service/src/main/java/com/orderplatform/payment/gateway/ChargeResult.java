package com.orderplatform.payment.gateway;

/**
 * The gateway's answer to a charge.
 *
 * @param approved whether the customer was charged
 * @param declineReason why not, when declined
 */
public record ChargeResult(boolean approved, String declineReason) {

	/**
	 * The customer was charged.
	 * @return an approval
	 */
	public static ChargeResult approve() {
		return new ChargeResult(true, null);
	}

	/**
	 * The customer was not charged.
	 * @param reason why, as the gateway says it
	 * @return a decline
	 */
	public static ChargeResult decline(String reason) {
		return new ChargeResult(false, reason);
	}

}
