-- Fields added to catalog.exercise-changed.v1 (additively): muscles, texts, default dose and progression links.
-- Rows written before stay valid; the next snapshot of each exercise fills them in.
alter table catalog_exercise
    add column primary_muscles   varchar(40)[] not null default '{}',
    add column secondary_muscles varchar(40)[] not null default '{}',
    add column instructions      text[]        not null default '{}',
    add column cues              text[]        not null default '{}',
    add column cautions          text[]        not null default '{}',
    add column dose_sets         integer,
    add column dose_reps         integer,
    add column dose_seconds      integer,
    add column dose_hold_seconds integer,
    add column dose_repetitions  integer,
    add column dose_minutes      numeric(5,2),
    add column easier_id         uuid,
    add column harder_id         uuid;
