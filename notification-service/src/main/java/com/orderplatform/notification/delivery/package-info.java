/**
 * Delivery: the transports that hand a rendered message to the outside world.
 * {@link com.orderplatform.notification.delivery.EmailTransport} goes over real SMTP
 * (Jakarta Mail) when {@code oms.mail.smtp.host} is set and otherwise records the message
 * in the log without sending it;
 * {@link com.orderplatform.notification.delivery.SmsTransport} logs until an SMS provider
 * is plugged in. A transport reports failure by throwing
 * {@link com.orderplatform.notification.delivery.DeliveryFailedException}. It owns the
 * {@code oms.mail.*} settings and uses only {@code common} (masking in logs); it knows
 * nothing of notifications or their table.
 */
package com.orderplatform.notification.delivery;
