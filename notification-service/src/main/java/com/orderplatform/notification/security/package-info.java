/**
 * Who may call what: the notification history is read by users (viewer and up) and by the
 * order service; notifications are sent by the order service (and admins). The platform's
 * shared security (tokens, roles, 401/403 answers) comes from the common module.
 */
package com.orderplatform.notification.security;
