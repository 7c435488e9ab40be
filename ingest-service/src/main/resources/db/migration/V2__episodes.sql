-- ingest-service: raw payloads, episodes and their cues
create table raw_payload (
    sha256      char(64)    primary key,
    bytes       bytea       not null,
    size_bytes  bigint      not null,
    received_at timestamptz not null default now()
);

create table episode (
    id               varchar(200) primary key,
    sha256           char(64)     not null references raw_payload (sha256),
    show             text,
    title            text,
    air_date         date,
    language         varchar(16),
    format           varchar(20)  not null,
    source_url       text,
    metadata         jsonb        not null,
    chapter_hints    jsonb        not null default '[]',
    warnings         jsonb        not null default '[]',
    times_estimated  boolean      not null default false,
    cue_count        int          not null,
    duration_seconds double precision not null,
    status           varchar(20)  not null,
    failure_reason   text,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);
-- the same transcript for the same show and date is one episode
create unique index episode_content on episode (sha256, coalesce(show, ''), coalesce(air_date, date '0001-01-01'));

create table cue (
    episode_id varchar(200)     not null references episode (id) on delete cascade,
    seq        int              not null,
    start_s    double precision not null,
    end_s      double precision not null,
    speaker    text,
    text       text             not null,
    primary key (episode_id, seq)
);
