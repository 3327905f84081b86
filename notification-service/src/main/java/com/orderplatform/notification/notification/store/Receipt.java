package com.orderplatform.notification.notification.store;

import com.orderplatform.notification.notification.DeliveryStatus;

/**
 * Where one queued notification ended up.
 *
 * @param id the notification holding the key (or the new keyless one)
 * @param idempotencyKey the key, {@code null} for a notification queued without one
 * @param status that notification's status now
 * @param duplicate whether the key was seen before, so nothing new was queued
 */
public record Receipt(long id, String idempotencyKey, DeliveryStatus status, boolean duplicate) {

	Receipt withDuplicate(boolean isDuplicate) {
		return new Receipt(this.id, this.idempotencyKey, this.status, isDuplicate);
	}

}
