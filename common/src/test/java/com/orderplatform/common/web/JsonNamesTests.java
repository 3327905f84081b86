package com.orderplatform.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonNamesTests {

	@Test
	void convertsCamelCasePathsToSnakeCaseKeepingIndexes() {
		assertThat(JsonNames.snakeCase("items[0].unitPrice")).isEqualTo("items[0].unit_price");
		assertThat(JsonNames.snakeCase("customerEmail")).isEqualTo("customer_email");
		assertThat(JsonNames.snakeCase("status")).isEqualTo("status");
	}

}
