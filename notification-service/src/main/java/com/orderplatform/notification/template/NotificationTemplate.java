package com.orderplatform.notification.template;

/**
 * A stored template.
 *
 * @param key name, channel and language
 * @param subjectTemplate the subject's source, {@code null} for SMS
 * @param bodyTemplate the body's source
 */
record NotificationTemplate(TemplateKey key, String subjectTemplate, String bodyTemplate) {
}
