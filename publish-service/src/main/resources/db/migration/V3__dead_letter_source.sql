-- A dead letter is identified by where it was read from: a record redelivered after a restart or a
-- rebalance (same topic, partition and offset) is recorded once. Rows from before this migration keep
-- NULL coordinates (a unique index ignores NULLs).
alter table dead_letter add column source_partition integer;
alter table dead_letter add column source_offset bigint;
create unique index dead_letter_source on dead_letter (topic, source_partition, source_offset);
