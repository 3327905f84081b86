package com.orderplatform.notification.api;

import java.util.List;

/**
 * One page of notifications, newest first.
 *
 * @param items the notifications on this page
 * @param total how many match in all
 * @param skip how many come before this page
 * @param limit the page size asked for
 */
public record NotificationPage(List<NotificationView> items, long total, int skip, int limit) {
}
