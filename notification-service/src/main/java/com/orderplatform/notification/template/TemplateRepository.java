package com.orderplatform.notification.template;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads templates from {@code notification_templates}. */
@Repository
class TemplateRepository implements TemplateLookup {

	private final JdbcClient jdbc;

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<NotificationTemplate> find(TemplateKey key) {
		return this.jdbc.sql("""
				SELECT subject_template, body_template FROM notification_templates
				WHERE name = :name AND channel = :channel AND language = :language
				""")
			.param("name", key.name())
			.param("channel", key.channel().code())
			.param("language", key.language().code())
			.query((rs, row) -> new NotificationTemplate(key, rs.getString("subject_template"),
					rs.getString("body_template")))
			.optional();
	}

	@Override
	public List<String> namesFor(Channel channel, Language language) {
		return this.jdbc.sql("""
				SELECT name FROM notification_templates
				WHERE channel = :channel AND language = :language ORDER BY name
				""").param("channel", channel.code()).param("language", language.code()).query(String.class).list();
	}

}
