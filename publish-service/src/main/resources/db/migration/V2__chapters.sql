-- publish-service: published chapter sets (every revision), the current episode index for search,
-- and the pipeline view of the operators' dashboard
create table chapter_set (
    episode_id      varchar(200) not null,
    revision        int          not null,
    event_id        varchar(64)  not null,
    source_event_id varchar(64)  not null,
    payload         jsonb        not null,
    published_at    timestamptz  not null,
    primary key (episode_id, revision)
);

create table episode (
    episode_id       varchar(200) primary key,
    show             text,
    title            text,
    air_date         date,
    language         varchar(16),
    current_revision int          not null,
    chapter_count    int          not null,
    search_text      text         not null,
    updated_at       timestamptz  not null default now()
);

create table episode_entity (
    episode_id varchar(200) not null references episode (episode_id) on delete cascade,
    name       text         not null,
    type       varchar(20)  not null,
    mentions   int          not null,
    primary key (episode_id, name)
);
create index episode_entity_name on episode_entity (lower(name));

create table episode_stage (
    episode_id     varchar(200) primary key,
    show           text,
    title          text,
    failure_reason text,
    ingested_at    timestamptz,
    segmented_at   timestamptz,
    published_at   timestamptz,
    failed_at      timestamptz,
    updated_at     timestamptz  not null default now()
);
create index episode_stage_updated on episode_stage (updated_at desc);

create table dead_letter (
    id          bigserial primary key,
    topic       varchar(200) not null,
    episode_id  varchar(200),
    reason      text,
    received_at timestamptz  not null default now()
);
