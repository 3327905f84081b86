-- Templates are keyed by name, channel and language: one name (ORDER_CONFIRMATION) has an
-- email and an SMS form in each language. SMS has no subject.
CREATE TABLE notification_templates (
    id ${id_pk},
    name VARCHAR(100) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    language VARCHAR(5) NOT NULL,
    subject_template VARCHAR(1000),
    body_template TEXT NOT NULL,
    CONSTRAINT uq_notification_templates_name_channel_language UNIQUE (name, channel, language),
    CONSTRAINT ck_notification_templates_channel CHECK (channel IN ('email', 'sms')),
    CONSTRAINT ck_notification_templates_language CHECK (language IN ('ja', 'en')),
    CONSTRAINT ck_notification_templates_subject CHECK (
        (channel = 'email' AND subject_template IS NOT NULL)
        OR (channel = 'sms' AND subject_template IS NULL))
);

-- order_id is a logical reference to order-service and deliberately not unique: an order
-- gets a confirmation, a shipping notice, a cancellation notice, by email and by SMS.
CREATE TABLE notifications (
    id ${id_pk},
    order_id BIGINT NOT NULL,
    channel VARCHAR(10) NOT NULL,
    template_name VARCHAR(100) NOT NULL,
    language VARCHAR(5) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(1000),
    body TEXT,
    status VARCHAR(10) NOT NULL,
    failure_reason VARCHAR(1000),
    sent_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_notifications_channel CHECK (channel IN ('email', 'sms')),
    CONSTRAINT ck_notifications_language CHECK (language IN ('ja', 'en')),
    CONSTRAINT ck_notifications_status CHECK (status IN ('pending', 'sent', 'failed'))
);

CREATE INDEX idx_notifications_order_id ON notifications (order_id, created_at);
CREATE INDEX idx_notifications_status ON notifications (status, created_at);
CREATE INDEX idx_notifications_created_at ON notifications (created_at);
