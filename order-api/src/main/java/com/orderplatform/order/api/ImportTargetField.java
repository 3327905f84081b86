package com.orderplatform.order.api;

/**
 * A field an import fills.
 *
 * @param name its name ({@code customer_email})
 * @param japaneseName its Japanese header name ({@code メールアドレス})
 * @param required whether every mapping must give it a source
 */
public record ImportTargetField(String name, String japaneseName, boolean required) {
}
