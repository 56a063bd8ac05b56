-- RetentionSweep removes inbox rows and idempotency keys past their retention, oldest first, in batches: it finds
-- them by time (the outbox already has outbox_created_at).
create index inbox_processed_at on inbox (processed_at);
create index idempotency_key_created_at on idempotency_key (created_at);
