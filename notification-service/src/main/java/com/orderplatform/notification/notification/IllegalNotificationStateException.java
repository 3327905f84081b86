package com.orderplatform.notification.notification;

/** A delivery status change that the notification's current state does not allow. */
public class IllegalNotificationStateException extends RuntimeException {

	IllegalNotificationStateException(String message) {
		super(message);
	}

	static IllegalNotificationStateException transition(Long id, DeliveryStatus current, DeliveryStatus target) {
		return new IllegalNotificationStateException("Notification %s cannot be marked %s in state %s"
			.formatted((id != null) ? id : "(unsaved)", target.code(), current.code()));
	}

	static IllegalNotificationStateException notClaimed(long id, String claimant) {
		return new IllegalNotificationStateException(
				"Notification %d cannot take a delivery outcome from %s: it is no longer pending or no longer claimed by it"
					.formatted(id, claimant));
	}

}
