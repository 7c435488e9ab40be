-- segment-service: the latest chapters of each episode
create table episode_segments (
    episode_id      varchar(200) primary key,
    event_id        varchar(64)  not null,
    source_event_id varchar(64)  not null,
    language        varchar(16),
    segment_count   int          not null,
    payload         jsonb        not null,
    updated_at      timestamptz  not null default now()
);
