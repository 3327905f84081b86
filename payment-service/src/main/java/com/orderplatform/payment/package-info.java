/**
 * The payment service: pays orders, refunds them and tells the order service by signed
 * webhook. Each top-level package is a feature (a Spring Modulith module, checked by
 * {@code ModuleStructureTests}): {@code payment}, {@code refund}, {@code gateway},
 * {@code orderwebhook}, {@code security}, {@code web}, and {@code api}, the JSON
 * contract. A feature uses another only through that feature's top-level package; its
 * sub-packages are its own.
 */
package com.orderplatform.payment;
