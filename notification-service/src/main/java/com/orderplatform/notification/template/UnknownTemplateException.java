package com.orderplatform.notification.template;

import java.util.List;

/** No template exists with the requested name for the channel and language. */
public class UnknownTemplateException extends RuntimeException {

	private final List<String> availableNames;

	UnknownTemplateException(TemplateKey key, List<String> availableNames) {
		super("No template '%s' exists for channel %s and language %s; available: %s".formatted(key.name(),
				key.channel().code(), key.language().code(),
				availableNames.isEmpty() ? "none" : String.join(", ", availableNames)));
		this.availableNames = List.copyOf(availableNames);
	}

	/**
	 * The template names that do exist for the channel and language.
	 * @return the names, sorted
	 */
	public List<String> availableNames() {
		return this.availableNames;
	}

}
