package com.orderplatform.common.openapi;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema generator describes records as the platform's mapper writes them.
 */
class ConventionModelResolverTests {

	enum Colour {

		DARK_RED, LIGHT_BLUE

	}

	record Paint(String productName, @JsonProperty("notify") String notifyMode, Colour colour, @Nullable String reason,
			@Nullable Colour fallback, long id) {
	}

	private final Map<String, Schema> schemas = schemas();

	@SuppressWarnings("rawtypes")
	private static Map<String, Schema> schemas() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new ConventionModelResolver());
		return converters.readAll(new AnnotatedType(Paint.class));
	}

	@Test
	void namesPropertiesInSnakeCaseUnlessNamedExplicitly() {
		assertThat(this.schemas.get("Paint").getProperties()).containsOnlyKeys("product_name", "notify", "colour",
				"reason", "fallback", "id");
	}

	@Test
	void writesEnumValuesAsTheMapperDoesInANamedSchema() {
		assertThat(this.schemas.get("Colour").getEnum()).containsExactly("dark_red", "light_blue");
		assertThat(property("colour").get$ref()).isEqualTo("#/components/schemas/Colour");
	}

	@Test
	@SuppressWarnings("unchecked")
	void allowsNullOnlyWhereTheRecordSaysSo() {
		assertThat(property("reason").getTypes()).containsExactlyInAnyOrder("string", "null");
		assertThat(property("product_name").getTypes()).containsExactly("string");
		assertThat(property("id").getTypes()).containsExactly("integer");
	}

	@Test
	void allowsNullForANullableEnumAsAnAlternative() {
		List<Schema> alternatives = property("fallback").getOneOf();
		assertThat(alternatives).hasSize(2);
		assertThat(alternatives.get(0).get$ref()).isEqualTo("#/components/schemas/Colour");
		assertThat(alternatives.get(1).getTypes()).containsExactly("null");
	}

	private Schema property(String name) {
		return (Schema) this.schemas.get("Paint").getProperties().get(name);
	}

}
