package com.orderplatform.common.json;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

/**
 * The platform's JSON conventions, the same in every service and client: snake_case
 * property names ({@code order_id}) and lowercase enum values ({@code "status": "paid"}),
 * read in any case.
 */
public class JsonConventions implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		apply(builder);
	}

	/**
	 * Applies the conventions to a builder, for code that builds its own mapper (tests,
	 * tools).
	 * @param builder the builder
	 * @return the same builder
	 */
	public static JsonMapper.Builder apply(JsonMapper.Builder builder) {
		return builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
	}

}
