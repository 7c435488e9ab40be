-- pipeline-runtime: outbox payloads are stored out of line but not compressed. A row is read once, about a
-- second after it is written, and deleted by the retention job a week after it was sent; compressing a
-- 130 KB payload on insert and decompressing it for the relay cost the PostgreSQL backend 3.7-4.6 ms
-- of CPU per event, storing it as it is ~1 ms (docs/performance-fixes.md, "2026-11-27, late evening").
-- The price is disk: about 3x the compressed size for as long as sent rows are kept (pipeline.retention).
-- Repeatable (it runs again whenever this file changes) because the services number their own migrations
-- after V1, and this statement can be applied any number of times; it changes how new rows are stored only.
alter table outbox alter column payload set storage external;
