package com.orderplatform.common.web;

/**
 * Maps Java property paths to the snake_case names clients see in JSON, so that a
 * validation problem names the field exactly as it was sent ({@code items[0].unitPrice}
 * becomes {@code items[0].unit_price}).
 */
final class JsonNames {

	private JsonNames() {
	}

	static String snakeCase(String javaPath) {
		StringBuilder out = new StringBuilder(javaPath.length() + 4);
		for (int i = 0; i < javaPath.length(); i++) {
			char c = javaPath.charAt(i);
			if (Character.isUpperCase(c)) {
				out.append('_').append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
