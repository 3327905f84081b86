package com.orderplatform.common.json;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.PropertyNamingStrategies.NamingBase;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

/**
 * The platform's JSON conventions, the same in every service and client: snake_case
 * property names ({@code order_id}) and lowercase enum values ({@code "status": "paid"}),
 * read in any case.
 * <p>
 * This class is the one source of those conventions: Boot's mapper is built with
 * {@link #apply}, and the OpenAPI documents name properties with
 * {@link #propertyName(String)} and enum values with {@link #enumValue(Enum)}, so the
 * documents cannot describe another wire than the one the mapper writes.
 */
public class JsonConventions implements JsonMapperBuilderCustomizer {

	/** How a Java property name becomes a JSON one ({@code unitPrice → unit_price}). */
	private static final NamingBase NAMING = (NamingBase) PropertyNamingStrategies.SNAKE_CASE;

	/** A mapper with the conventions only, to learn how a value is written. */
	private static final JsonMapper CONVENTIONS = apply(JsonMapper.builder()).build();

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
		return builder.propertyNamingStrategy(NAMING)
			.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
	}

	/**
	 * The JSON name of a Java property without an explicit {@code @JsonProperty} name.
	 * @param javaName the Java name ({@code customerEmail})
	 * @return the JSON name ({@code customer_email})
	 */
	public static String propertyName(String javaName) {
		return NAMING.nameForField(null, null, javaName);
	}

	/**
	 * The JSON value of an enum constant, exactly as the mapper writes it (lower case
	 * unless the enum says otherwise with {@code @JsonValue} or {@code @JsonProperty}).
	 * @param constant the constant
	 * @return the value, without quotes
	 */
	public static String enumValue(Enum<?> constant) {
		return CONVENTIONS.convertValue(constant, String.class);
	}

}
