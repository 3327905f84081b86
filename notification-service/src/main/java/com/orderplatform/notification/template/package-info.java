/**
 * Notification templates: the seeded {@code ORDER_CONFIRMATION}, {@code ORDER_SHIPPED},
 * {@code ORDER_CANCELLED} and {@code IMPORT_SUMMARY} templates per channel and language
 * (the {@code notification_templates} table), and their rendering with Pebble's
 * Jinja-style syntax. {@link com.orderplatform.notification.template.TemplateRenderer} is
 * the entry point; each template is compiled once and kept, since template rows are
 * immutable. Uses no other feature.
 */
package com.orderplatform.notification.template;
