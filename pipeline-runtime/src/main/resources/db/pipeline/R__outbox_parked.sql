-- pipeline-runtime: an outbox row whose send keeps failing for a lasting reason of its own (Kafka refuses the
-- record itself: too large, invalid, not serialisable; or no sender for its channel) is parked
-- after pipeline.outbox.park-after attempts instead of holding back every later row for ever. The relay
-- skips parked rows; retention never deletes them (they were not sent). To send one again once the cause
-- is fixed: update outbox set parked_at = null where id = ... (docs/deployment.md, "Parked events").
-- Repeatable, like R__outbox_payload_uncompressed.sql: the services number their own migrations after V1,
-- and both statements can be applied any number of times.
alter table outbox add column if not exists parked_at timestamptz;
create index if not exists outbox_parked on outbox (id) where parked_at is not null;
