-- Shared by every service (each in its own schema): the transactional outbox and the
-- processed-event table that makes consumers idempotent.
create table outbox (
    id           bigserial primary key,
    event_id     varchar(64)  not null unique,
    channel      varchar(100) not null,
    event_type   varchar(200) not null,
    record_key   varchar(200) not null,
    payload      text         not null,
    headers      text         not null default '{}',
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     int          not null default 0,
    last_error   text
);
create index outbox_unsent on outbox (id) where sent_at is null;

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
