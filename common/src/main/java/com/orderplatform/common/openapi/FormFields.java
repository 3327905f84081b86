package com.orderplatform.common.openapi;

import java.util.Iterator;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The options of a multipart upload ({@code dry_run}, {@code notify} … of the CSV import)
 * as fields of its form, next to the file, where clients send them ({@code curl -F}).
 * Spring binds a {@code @RequestParam} from the query or the form alike, and springdoc
 * lists such parameters in the query only, which a client generator would follow.
 */
final class FormFields {

	static final String MULTIPART = "multipart/form-data";

	private FormFields() {
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void moveIntoMultipartBody(Operation operation) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
				|| operation.getParameters() == null) {
			return;
		}
		MediaType form = operation.getRequestBody().getContent().get(MULTIPART);
		if (form == null || form.getSchema() == null) {
			return;
		}
		Schema body = form.getSchema();
		for (Iterator<Parameter> it = operation.getParameters().iterator(); it.hasNext();) {
			Parameter parameter = it.next();
			if (!"query".equals(parameter.getIn())) {
				continue;
			}
			Schema field = parameter.getSchema();
			if (parameter.getDescription() != null) {
				field.setDescription(parameter.getDescription());
			}
			body.addProperty(parameter.getName(), field);
			if (Boolean.TRUE.equals(parameter.getRequired())) {
				body.addRequiredItem(parameter.getName());
			}
			it.remove();
		}
	}

}
