package com.orderplatform.notification.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Renders notification templates with Pebble's Jinja-style syntax ({@code {{
 * customer_name }} 様}).
 * <p>
 * Autoescaping is off because the output is plain-text mail: a customer called "Smith &
 * Sons" must read exactly that, not {@code &amp;}. Strict variables are on, so a missing
 * variable is an error naming it instead of a silently blank line in a customer's mail.
 * Each template is compiled on first use and kept: template rows never change while the
 * service runs.
 */
@Component
public class TemplateRenderer {

	/** The longest subject sent; RFC 5322 limits a header line to 998 characters. */
	static final int MAX_SUBJECT_LENGTH = 998;

	private static final int MAX_RENDERED_LENGTH = 100_000;

	/** A line break in a subject, with the blanks around it. */
	private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");

	private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);

	private final TemplateLookup templates;

	private final PebbleEngine engine;

	private final ConcurrentMap<TemplateKey, CompiledTemplate> compiled = new ConcurrentHashMap<>();

	TemplateRenderer(TemplateLookup templates) {
		this.templates = templates;
		this.engine = new PebbleEngine.Builder().autoEscaping(false)
			.strictVariables(true)
			.newLineTrimming(false)
			.cacheActive(false)
			.maxRenderedSize(MAX_RENDERED_LENGTH)
			.extension(new FormattingExtension())
			.build();
	}

	/**
	 * Renders a template.
	 * @param key the template's name, channel and language
	 * @param variables the template's variables ({@code template_data})
	 * @return the subject (email only) and body
	 * @throws UnknownTemplateException if no such template exists
	 * @throws TemplateRenderingException if the variables do not fit the template
	 */
	public RenderedMessage render(TemplateKey key, Map<String, Object> variables) {
		CompiledTemplate template = compiledTemplate(key);
		String subject = (template.subject() != null) ? subject(key, evaluate(key, template.subject(), variables))
				: null;
		return new RenderedMessage(subject, evaluate(key, template.body(), variables));
	}

	private CompiledTemplate compiledTemplate(TemplateKey key) {
		CompiledTemplate template = this.compiled.get(key);
		if (template != null) {
			return template;
		}
		NotificationTemplate source = this.templates.find(key)
			.orElseThrow(
					() -> new UnknownTemplateException(key, this.templates.namesFor(key.channel(), key.language())));
		CompiledTemplate fresh = compile(source);
		log.debug("Compiled template {}", key);
		CompiledTemplate raced = this.compiled.putIfAbsent(key, fresh);
		return (raced != null) ? raced : fresh;
	}

	private CompiledTemplate compile(NotificationTemplate source) {
		try {
			PebbleTemplate subject = (source.subjectTemplate() != null)
					? this.engine.getLiteralTemplate(source.subjectTemplate()) : null;
			return new CompiledTemplate(subject, this.engine.getLiteralTemplate(source.bodyTemplate()));
		}
		catch (PebbleException ex) {
			throw new IllegalStateException("Template " + source.key() + " does not compile: " + ex.getMessage(), ex);
		}
	}

	private String evaluate(TemplateKey key, PebbleTemplate template, Map<String, Object> variables) {
		StringWriter out = new StringWriter();
		try {
			// A copy, so nothing a template does can reach the caller's map.
			template.evaluate(out, new HashMap<>(variables), key.language().locale());
		}
		catch (AttributeNotFoundException ex) {
			throw TemplateRenderingException.missingVariable(key, ex.getAttributeName());
		}
		catch (PebbleException ex) {
			throw TemplateRenderingException.invalidData(key, ex.getPebbleMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * A subject is one header line: line breaks in the data must not split or inject
	 * headers.
	 */
	private static String subject(TemplateKey key, String rendered) {
		String subject = LINE_BREAK.matcher(rendered.strip()).replaceAll(" ");
		if (subject.length() > MAX_SUBJECT_LENGTH) {
			throw TemplateRenderingException.invalidData(key, "the subject would be %d characters long, at most %d fit"
				.formatted(subject.length(), MAX_SUBJECT_LENGTH));
		}
		return subject;
	}

	private record CompiledTemplate(PebbleTemplate subject, PebbleTemplate body) {
	}

	private static final class FormattingExtension extends AbstractExtension {

		@Override
		public Map<String, Filter> getFilters() {
			return Map.of(AmountFilter.NAME, new AmountFilter());
		}

	}

}
