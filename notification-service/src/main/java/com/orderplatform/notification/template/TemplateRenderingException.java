package com.orderplatform.notification.template;

/**
 * A template could not be rendered with the data supplied: a variable is missing or a
 * value does not fit its use. The client's data is at fault, never the template.
 */
public class TemplateRenderingException extends RuntimeException {

	private final String field;

	TemplateRenderingException(String message, String field) {
		super(message);
		this.field = field;
	}

	static TemplateRenderingException missingVariable(TemplateKey key, String variable) {
		return new TemplateRenderingException(
				"Template %s needs the variable '%s' in template_data".formatted(key, variable),
				"template_data." + variable);
	}

	static TemplateRenderingException invalidData(TemplateKey key, String reason) {
		return new TemplateRenderingException("Template %s cannot be rendered: %s".formatted(key, reason),
				"template_data");
	}

	/**
	 * The request field at fault, as the client wrote it.
	 * @return e.g. {@code template_data.customer_name}
	 */
	public String field() {
		return this.field;
	}

}
