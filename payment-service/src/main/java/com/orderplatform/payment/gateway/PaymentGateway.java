package com.orderplatform.payment.gateway;

import java.util.List;

/**
 * Charges a customer through an external card processor. Called with no database
 * transaction open, since a real gateway may take seconds to answer.
 * <p>
 * The order id is the gateway's idempotency key: an order is charged at most once. A
 * charge for an order the gateway already approved is answered with that approval again
 * and takes no money twice, so a charge whose outcome we lost (a crash before we stored
 * it) can safely be sent again. A declined charge took no money, so a later charge of the
 * same order is a new attempt.
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

	/**
	 * Charges several payments in one call to the gateway (one round trip), each approved
	 * or declined on its own.
	 * @param requests what to charge, each order at most once
	 * @return one result per request, in the order of the requests
	 * @throws RuntimeException when the gateway cannot be reached or answers nonsense;
	 * the caller treats that as a failure of every payment of the call
	 */
	List<ChargeResult> chargeBatch(List<ChargeRequest> requests);

}
