package com.orderplatform.payment.gateway;

/**
 * Charges a customer through an external card processor. Called with no database
 * transaction open, since a real gateway may take seconds to answer.
 */
public interface PaymentGateway {

	/**
	 * Charges one payment.
	 * @param request what to charge
	 * @return approved, or declined with the gateway's reason
	 * @throws RuntimeException when the gateway cannot be reached or answers nonsense;
	 * the caller treats that as a failed payment
	 */
	ChargeResult charge(ChargeRequest request);

}
