/**
 * Keeping a service's token revocation list current:
 * {@link com.orderplatform.common.security.revocation.RevocationRefresher} reads the full
 * list at start and on a schedule; a service without its own source pulls the order
 * service's list
 * ({@link com.orderplatform.common.security.revocation.RemoteRevocationSource}, signed
 * with the shared secret) and accepts its pushes
 * ({@link com.orderplatform.common.security.revocation.RevocationController}). It may use
 * {@code common.security}'s revocation list, properties and signatures.
 */
package com.orderplatform.common.security.revocation;
