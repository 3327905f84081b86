package com.orderplatform.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.orderplatform.common.json.JsonConventions;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Marks the properties of a record's schema that may be {@code null} on the wire: those
 * whose component's type carries JSpecify's {@code @Nullable}. Every other property of a
 * record is never {@code null}: the services write every property (inclusion
 * {@code always}), so a client may rely on it.
 */
final class NullableTypes {

	private NullableTypes() {
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void allowNull(Class<?> record, Schema model) {
		Map<String, Schema> properties = model.getProperties();
		for (var component : record.getRecordComponents()) {
			if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				continue;
			}
			JsonProperty named = component.getAnnotation(JsonProperty.class);
			String name = (named != null && !named.value().isEmpty()) ? named.value()
					: JsonConventions.propertyName(component.getName());
			Schema property = properties.get(name);
			if (property != null) {
				properties.put(name, nullable(property));
			}
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			// A $ref's siblings narrow it; null has to be an alternative.
			return new Schema<>().oneOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
		}
		if (property.getTypes() != null && !property.getTypes().contains("null")) {
			property.addType("null");
		}
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			List<Object> values = new ArrayList<>(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
		return property;
	}

	@SuppressWarnings("rawtypes")
	private static Schema nullSchema() {
		Schema schema = new Schema<>();
		schema.addType("null");
		return schema;
	}

}
