-- IMPORT_SUMMARY: one message per CSV import to the person who uploaded it, by email and
-- SMS, in Japanese and English. Variables: batch_id, filename, total_rows, success_rows,
-- failed_rows, order_count, total_amount. Counts go through "amount" too, for their
-- thousands separators (1,000行).

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('IMPORT_SUMMARY', 'email', 'ja', 'CSV一括取込完了のお知らせ — {{ filename }}',
'ご担当者様

いつもご利用いただき誠にありがとうございます。
CSVファイルによる注文の一括取込が完了いたしましたので、結果をお知らせいたします。

ファイル名：{{ filename }}
バッチID：{{ batch_id }}
処理行数：{{ total_rows | amount }}行
成功：{{ success_rows | amount }}行
失敗：{{ failed_rows | amount }}行
登録注文数：{{ order_count | amount }}件
注文金額合計：{{ total_amount | amount }}円

失敗した行がございましたら、管理画面の取込履歴にてエラー内容をご確認いただき、
修正したファイルを再度アップロードしてくださいますようお願い申し上げます。
ご不明な点がございましたら、お気軽にお問い合わせください。

今後ともよろしくお願い申し上げます。
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('IMPORT_SUMMARY', 'email', 'en', 'CSV import completed — {{ filename }}',
'Hello,

Your CSV order import has finished. Here is the result.

File: {{ filename }}
Batch ID: {{ batch_id }}
Rows processed: {{ total_rows | amount }}
Succeeded: {{ success_rows | amount }}
Failed: {{ failed_rows | amount }}
Orders created: {{ order_count | amount }}
Order total: ¥{{ total_amount | amount }}

If any rows failed, you can download them with the reasons from the import history in
the dashboard, correct them and upload the file again.

Kind regards,
Customer Service
');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('IMPORT_SUMMARY', 'sms', 'ja', NULL,
'【一括取込完了】{{ filename }}の取込が完了いたしました。全{{ total_rows | amount }}行中、成功{{ success_rows | amount }}行・失敗{{ failed_rows | amount }}行、注文{{ order_count | amount }}件（合計{{ total_amount | amount }}円）。バッチID：{{ batch_id }}');

INSERT INTO notification_templates (name, channel, language, subject_template, body_template)
VALUES ('IMPORT_SUMMARY', 'sms', 'en', NULL,
'Import of {{ filename }} finished: {{ success_rows | amount }} of {{ total_rows | amount }} rows succeeded, {{ failed_rows | amount }} failed; {{ order_count | amount }} orders, ¥{{ total_amount | amount }} in total (batch {{ batch_id }}).');
