-- Exercises: global ones (tenant_id null, from the article) and each clinic's own.
create table exercise (
    id          uuid primary key,
    tenant_id   varchar(100),
    slug        varchar(120) not null,
    name        varchar(200) not null,
    category    varchar(40)  not null,
    movement    varchar(40)  not null,
    difficulty  varchar(20)  not null,
    equipment   varchar(40)[] not null default '{}',
    retired     boolean      not null default false,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
-- A slug is unique within the global catalogue and within each clinic
create unique index exercise_slug_per_owner on exercise (coalesce(tenant_id, ''), slug);
create index exercise_tenant on exercise (tenant_id);

insert into exercise (id, slug, name, category, movement, difficulty, equipment) values
    ('0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d01', 'band-row', 'Band row', 'strength', 'row', 'beginner', '{resistance-band}'),
    ('0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d02', 'face-pull', 'Face pull', 'posture', 'retraction', 'beginner', '{resistance-band}'),
    ('0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d03', 'doorway-stretch', 'Doorway stretch', 'stretch', 'static-stretch', 'beginner', '{none}');

-- Announce the seeded exercises like any other change, so every consumer's read model starts complete
insert into outbox_event (id, topic, event_key, event_type, tenant_id, payload, occurred_at)
select gen_random_uuid(), 'catalog.exercises', e.id::text, 'catalog.exercise-changed.v1', null,
       jsonb_build_object('exerciseId', e.id, 'tenantId', null, 'change', 'CREATED', 'version', e.version,
                          'slug', e.slug, 'name', e.name, 'category', e.category, 'movement', e.movement,
                          'difficulty', e.difficulty, 'equipment', to_jsonb(e.equipment), 'retired', e.retired,
                          'changedAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text,
       now()
from exercise e;
