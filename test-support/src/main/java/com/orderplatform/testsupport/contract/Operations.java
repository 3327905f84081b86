package com.orderplatform.testsupport.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The operations of a document, found by method and concrete path: a path template
 * matches with each {@code {variable}} standing for one segment, and a template with
 * fewer variables wins ({@code /imports/template.csv} before {@code /imports/{id}}).
 */
final class Operations {

	private record Template(String template, Pattern pattern, long variables) {
	}

	/**
	 * An operation of the document.
	 *
	 * @param id {@code METHOD template}
	 * @param pointer the JSON pointer of the operation in the document
	 * @param operation the operation object
	 */
	record Match(String id, String pointer, JsonNode operation) {
	}

	private final JsonNode paths;

	private final List<Template> templates = new ArrayList<>();

	Operations(JsonNode document) {
		this.paths = document.path("paths");
		for (String template : this.paths.propertyNames()) {
			String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
			this.templates
				.add(new Template(template, Pattern.compile(regex), template.chars().filter(c -> c == '{').count()));
		}
		this.templates.sort(Comparator.comparingLong(Template::variables));
	}

	/**
	 * The operation an exchange called.
	 * @param method the method
	 * @param rawPath the concrete path
	 * @return the operation, or {@code null} when the document has none there
	 */
	Match find(String method, String rawPath) {
		// The services answer a path with a trailing slash as the path without; the
		// document
		// lists it once.
		String path = (rawPath.length() > 1 && rawPath.endsWith("/")) ? rawPath.substring(0, rawPath.length() - 1)
				: rawPath;
		for (Template template : this.templates) {
			if (template.pattern().matcher(path).matches()) {
				String lower = method.toLowerCase(Locale.ROOT);
				JsonNode operation = this.paths.get(template.template()).get(lower);
				if (operation != null) {
					return new Match(method + " " + template.template(),
							"/paths/" + ContractValidator.escape(template.template()) + "/" + lower, operation);
				}
			}
		}
		return null;
	}

	/**
	 * Whether a path lies in the part of the URL space the document describes (the API,
	 * not actuator or the document itself).
	 * @param path the path
	 * @return whether it does
	 */
	boolean documentsApi(String path) {
		return path.startsWith("/api/");
	}

}
