package com.orderplatform.notification.api;

/**
 * How one item of a bulk request was queued.
 *
 * @param id the notification's id
 * @param idempotencyKey the key it is stored under: the item's own, or the one the
 * service assigned when the item had none
 * @param status the notification's status now: {@code pending} when just queued; a
 * duplicate shows how far the existing notification has got
 * @param duplicate {@code true} when the key was seen before (in an earlier request or
 * earlier in this one) and no new notification was queued
 */
public record QueuedNotification(long id, String idempotencyKey, NotificationStatus status, boolean duplicate) {
}
