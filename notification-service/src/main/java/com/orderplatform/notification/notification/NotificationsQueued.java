package com.orderplatform.notification.notification;

/**
 * New notifications were committed to the queue; published so that the dispatcher starts
 * on them at once instead of at its next poll.
 *
 * @param count how many
 */
public record NotificationsQueued(int count) {
}
