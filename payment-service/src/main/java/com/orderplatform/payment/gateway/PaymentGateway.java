package com.orderplatform.payment.gateway;

import java.util.List;

/**
 * Charges a customer through an external card processor. Called with no database
 * transaction open, since a real gateway may take seconds to answer.
 * <p>
 * Every charge carries an idempotency key ({@link ChargeRequest#idempotencyKey}), under
 * which the gateway charges at most once: a charge under a key the gateway already
 * approved is answered with that approval again and takes no money twice, so a charge
 * whose outcome we lost (a crash before we stored it) can safely be sent again, by this
 * instance or another. A declined charge took no money; the order's next attempt has a
 * key of its own.
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
