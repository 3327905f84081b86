package com.orderplatform.notification.template;

import java.util.List;
import java.util.Optional;

/** Where the renderer finds template sources: the database, or a map in unit tests. */
interface TemplateLookup {

	Optional<NotificationTemplate> find(TemplateKey key);

	/** The names of every template in one channel and language, sorted. */
	List<String> namesFor(Channel channel, Language language);

}
