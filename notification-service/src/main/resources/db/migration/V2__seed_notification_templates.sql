-- The spec's three notification templates (FR-021), by email and SMS, in Japanese (the
-- default) and English. Templates use Pebble's Jinja-style syntax; "amount" is the
-- service's filter that writes a whole-yen amount with thousands separators (183,100).
-- Variables: customer_name and order_id everywhere; ORDER_CONFIRMATION also needs
-- total_amount and item_count, ORDER_CANCELLED also total_amount.

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CONFIRMATION', 'email', 'ja', 'ご注文確認 — 注文番号 #{{ order_id }}',
'{{ customer_name }} 様

この度はご注文いただき誠にありがとうございます。
以下の内容にてご注文を承りましたので、ご確認くださいますようお願い申し上げます。

注文番号：#{{ order_id }}
商品点数：{{ item_count }}点
ご注文金額：{{ total_amount | amount }}円

商品の発送準備が整いましたら、改めてご連絡いたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

今後ともよろしくお願い申し上げます。
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_SHIPPED', 'email', 'ja', '発送のお知らせ — 注文番号 #{{ order_id }}',
'{{ customer_name }} 様

いつもご利用いただき誠にありがとうございます。
ご注文いただいた商品を発送いたしましたので、お知らせいたします。

注文番号：#{{ order_id }}

商品の到着まで、今しばらくお待ちくださいますようお願い申し上げます。
ご不明な点がございましたら、お気軽にお問い合わせください。

今後ともよろしくお願い申し上げます。
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CANCELLED', 'email', 'ja', 'ご注文キャンセルのお知らせ — 注文番号 #{{ order_id }}',
'{{ customer_name }} 様

いつもご利用いただき誠にありがとうございます。
下記のご注文のキャンセル手続きが完了いたしましたので、お知らせいたします。

注文番号：#{{ order_id }}
キャンセル金額：{{ total_amount | amount }}円

すでにお支払いいただいている場合は、ご利用のお支払い方法にて全額を返金いたします。
返金の反映までお時間をいただく場合がございますので、あらかじめご了承ください。

またのご利用を心よりお待ち申し上げております。
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CONFIRMATION', 'email', 'en', 'Order confirmation — Order #{{ order_id }}',
'Dear {{ customer_name }},

Thank you for your order. We have received it and are now preparing it for shipment.

Order number: #{{ order_id }}
Items: {{ item_count }}
Order total: ¥{{ total_amount | amount }}

We will let you know as soon as your order has shipped.
If you have any questions, please do not hesitate to contact us.

Kind regards,
Customer Service
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_SHIPPED', 'email', 'en', 'Your order has shipped — Order #{{ order_id }}',
'Dear {{ customer_name }},

Good news: your order #{{ order_id }} has shipped and is on its way to you.

Thank you for shopping with us. If you have any questions about your delivery,
please do not hesitate to contact us.

Kind regards,
Customer Service
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CANCELLED', 'email', 'en', 'Order cancelled — Order #{{ order_id }}',
'Dear {{ customer_name }},

Your order #{{ order_id }} has been cancelled.

Cancelled amount: ¥{{ total_amount | amount }}

If you have already paid, the full amount will be refunded to your original payment method.
Please allow a few days for the refund to appear on your statement.

We hope to serve you again soon.

Kind regards,
Customer Service
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CONFIRMATION', 'sms', 'ja', NULL,
'【ご注文確認】{{ customer_name }}様、ご注文ありがとうございます。注文番号#{{ order_id }}（{{ item_count }}点、{{ total_amount | amount }}円）を承りました。');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_SHIPPED', 'sms', 'ja', NULL,
'【発送のお知らせ】{{ customer_name }}様、ご注文（注文番号#{{ order_id }}）の商品を発送いたしました。');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CANCELLED', 'sms', 'ja', NULL,
'【キャンセルのお知らせ】{{ customer_name }}様、ご注文（注文番号#{{ order_id }}、{{ total_amount | amount }}円）のキャンセルが完了いたしました。');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CONFIRMATION', 'sms', 'en', NULL,
'Thank you, {{ customer_name }}! Order #{{ order_id }} is confirmed: {{ item_count }} item(s), ¥{{ total_amount | amount }}.');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_SHIPPED', 'sms', 'en', NULL,
'{{ customer_name }}, your order #{{ order_id }} has shipped and is on its way.');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('ORDER_CANCELLED', 'sms', 'en', NULL,
'{{ customer_name }}, your order #{{ order_id }} (¥{{ total_amount | amount }}) has been cancelled. Any payment will be refunded.');
