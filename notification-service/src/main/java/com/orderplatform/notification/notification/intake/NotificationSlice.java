package com.orderplatform.notification.notification.intake;

import java.util.List;

import com.orderplatform.notification.notification.Notification;

/**
 * One page of notifications and how many match in all.
 *
 * @param items the page, newest first
 * @param total how many match the filter
 */
public record NotificationSlice(List<Notification> items, long total) {
}
