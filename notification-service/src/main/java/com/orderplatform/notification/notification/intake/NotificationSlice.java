package com.orderplatform.notification.notification;

import java.util.List;

/**
 * One page of notifications and how many match in all.
 *
 * @param items the page, newest first
 * @param total how many match the filter
 */
public record NotificationSlice(List<Notification> items, long total) {
}
