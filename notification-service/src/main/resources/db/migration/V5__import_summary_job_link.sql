-- IMPORT_SUMMARY emails link to the import's page in the dashboard (new variable job_url),
-- where the failed rows can be seen and downloaded. The SMS texts stay short, without it.

UPDATE notification_templates
SET body_template = REPLACE(body_template, 'バッチID：{{ batch_id }}
', 'バッチID：{{ batch_id }}
取込結果の詳細：{{ job_url }}
')
WHERE name = 'IMPORT_SUMMARY' AND channel = 'email' AND language = 'ja';

UPDATE notification_templates
SET body_template = REPLACE(body_template, 'Batch ID: {{ batch_id }}
', 'Batch ID: {{ batch_id }}
Details: {{ job_url }}
')
WHERE name = 'IMPORT_SUMMARY' AND channel = 'email' AND language = 'en';
