/**
 * Who may call what: the notification history and the send queue's state are read by
 * users (viewer and up) and by the order service; notifications are queued (one at a time
 * or in bulk) by the order service, and by admins. The platform's shared security
 * (tokens, roles, 401/403 answers) comes from {@code common.security}; this package uses
 * no feature of the service.
 */
package com.orderplatform.notification.security;
