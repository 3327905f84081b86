package com.orderplatform.notification.template;

/**
 * Identifies one template: its name in one channel and one language.
 *
 * @param name e.g. {@code ORDER_CONFIRMATION}
 * @param channel email or SMS
 * @param language Japanese or English
 */
public record TemplateKey(String name, Channel channel, Language language) {

	@Override
	public String toString() {
		return "%s (%s, %s)".formatted(this.name, this.channel.code(), this.language.code());
	}

}
