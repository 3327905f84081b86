package com.orderplatform.common.openapi;

import java.util.Arrays;
import java.util.Iterator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.JavaType;
import com.orderplatform.common.json.JsonConventions;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;

/**
 * swagger-core's schema generator, reading the platform's JSON conventions instead of its
 * own defaults. swagger-core still introspects types with Jackson 2 while the services
 * write JSON with Jackson 3, so the two cannot share a mapper; they share
 * {@link JsonConventions} instead: property names come from
 * {@link JsonConventions#propertyName(String)} and enum values from
 * {@link JsonConventions#enumValue(Enum)}, which asks the Jackson 3 mapper itself.
 * <p>
 * Its class is swagger-core's {@code ModelResolver}'s subclass, not the same class, so
 * springdoc keeps it in front of its default one.
 */
class ConventionModelResolver extends ModelResolver {

	ConventionModelResolver() {
		super(conventionMapper());
		openapi31(true);
		// Named enum schemas, so that a generated client gets one type per enum. The flag
		// is static in swagger-core; every service wants it.
		ModelResolver.enumsAsRef = true;
	}

	/**
	 * A copy of swagger-core's OpenAPI 3.1 mapper whose naming strategy is the
	 * platform's; the copy leaves the mapper that writes the document itself untouched.
	 */
	private static ObjectMapper conventionMapper() {
		ObjectMapper mapper = Json31.mapper().copy();
		mapper.setPropertyNamingStrategy(new PropertyNamingStrategies.NamingBase() {
			@Override
			public String translate(String name) {
				return JsonConventions.propertyName(name);
			}
		});
		return mapper;
	}

	/**
	 * An enum's schema with its values as the mapper writes them. swagger-core would take
	 * the constants' Java names, which the platform never sends.
	 */
	@Override
	@SuppressWarnings("rawtypes")
	protected Schema _createSchemaForEnum(Class<Enum<?>> enumClass) {
		Schema schema = super._createSchemaForEnum(enumClass);
		schema.setEnum(Arrays.stream(enumClass.getEnumConstants()).map(JsonConventions::enumValue).toList());
		return schema;
	}

	/**
	 * A record's schema in which the properties whose components are {@code @Nullable}
	 * (JSpecify's type-use annotation, which swagger-core does not read) allow
	 * {@code null}.
	 */
	@Override
	@SuppressWarnings("rawtypes")
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> next) {
		Schema schema = super.resolve(type, context, next);
		JavaType javaType = objectMapper().constructType(type.getType());
		if (schema != null && javaType.getRawClass().isRecord()) {
			Schema model = (schema.get$ref() != null)
					? context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))
					: schema;
			if (model != null && model.getProperties() != null) {
				NullableTypes.allowNull(javaType.getRawClass(), model);
			}
		}
		return schema;
	}

}
