-- ingest-service: an episode's cues in one row. They are written once, with the episode, and read whole
-- (nothing queries them line by line), so a row per cue bought nothing and cost much: the sample's 1,433
-- rows took the PostgreSQL backend ~20 ms of CPU per episode, most of it the foreign-key check that runs
-- for each row; one json value takes ~5 ms (docs/performance-fixes.md, "2026-11-27, late evening").
-- The array keeps the transcript's order and TranscriptIngested's cue shape: {start, end, speaker, text},
-- times in seconds. To read it as rows: json_to_recordset(cues) as c(start float8, "end" float8, speaker text, text text).
create table episode_cues (
    episode_id varchar(200) primary key references episode (id) on delete cascade,
    cues       json         not null
);

insert into episode_cues (episode_id, cues)
select episode_id,
       json_agg(json_build_object('start', start_s, 'end', end_s, 'speaker', speaker, 'text', text) order by seq)
from cue
group by episode_id;

drop table cue;
