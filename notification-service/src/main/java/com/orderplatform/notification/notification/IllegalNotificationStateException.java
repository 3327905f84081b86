package com.orderplatform.notification.notification;

/** A delivery status change that the notification's current status does not allow. */
public class IllegalNotificationStateException extends RuntimeException {

	IllegalNotificationStateException(String message) {
		super(message);
	}

	static IllegalNotificationStateException transition(Long id, DeliveryStatus current, DeliveryStatus target) {
		return new IllegalNotificationStateException("Notification %s cannot be marked %s in state %s"
			.formatted((id != null) ? id : "(unsaved)", target.code(), current.code()));
	}

	static IllegalNotificationStateException noLongerPending(long id, DeliveryStatus outcome) {
		return new IllegalNotificationStateException(
				"Notification %d cannot be marked %s: it is no longer pending".formatted(id, outcome.code()));
	}

}
