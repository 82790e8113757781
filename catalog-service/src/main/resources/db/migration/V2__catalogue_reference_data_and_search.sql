-- Reference data: the global catalogue file fills and updates these at start.
create table muscle (
    code   varchar(40)  primary key,
    name   varchar(100) not null,
    region varchar(60)  not null
);

create table equipment (
    code varchar(40)  primary key,
    name varchar(100) not null
);

-- Which version of the global catalogue file this database holds.
create table catalogue_version (
    catalogue  varchar(40) primary key,
    version    bigint      not null,
    loaded_at  timestamptz not null
);

alter table exercise
    add column instructions      text[]       not null default '{}',
    add column cues              text[]       not null default '{}',
    add column cautions          text[]       not null default '{}',
    add column dose_sets         integer      check (dose_sets > 0),
    add column dose_reps         integer      check (dose_reps > 0),
    add column dose_seconds      integer      check (dose_seconds > 0),
    add column dose_hold_seconds integer      check (dose_hold_seconds > 0),
    add column dose_repetitions  integer      check (dose_repetitions > 0),
    add column dose_minutes      numeric(5,2) check (dose_minutes > 0),
    add column easier_id         uuid references exercise (id) deferrable initially deferred,
    add column harder_id         uuid references exercise (id) deferrable initially deferred,
    add column search_vector     tsvector     not null default ''::tsvector,
    add constraint exercise_not_own_variation check (easier_id <> id and harder_id <> id);

create table exercise_muscle (
    exercise_id uuid        not null references exercise (id) on delete cascade,
    muscle_code varchar(40) not null references muscle (code),
    role        varchar(10) not null check (role in ('primary', 'secondary')),
    primary key (exercise_id, muscle_code)
);
create index exercise_muscle_code on exercise_muscle (muscle_code);

create table exercise_equipment (
    exercise_id    uuid        not null references exercise (id) on delete cascade,
    equipment_code varchar(40) not null references equipment (code),
    primary key (exercise_id, equipment_code)
);

-- Move the V1 equipment arrays into the join table. Codes that clinics used before equipment became
-- reference data are kept (named after themselves) rather than lost; the catalogue file names the known ones.
insert into equipment (code, name)
select distinct code, code from exercise, unnest(equipment) as code
on conflict do nothing;
insert into exercise_equipment (exercise_id, equipment_code)
select distinct id, code from exercise, unnest(equipment) as code;
-- One source of truth: the join table. The "client has it" filter is a NOT EXISTS over it.
alter table exercise drop column equipment;

-- Search text: name weighs most, then muscles, cues, instructions. Recomputed by the service after
-- each write (muscles live in another table, so a row trigger on exercise alone could not see them).
create function exercise_search_vector(exercise_id uuid) returns tsvector
language sql stable as $$
    select setweight(to_tsvector('english', e.name), 'A')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(m.name || ' ' || replace(m.code, '-', ' '), ' ')
               from exercise_muscle em join muscle m on m.code = em.muscle_code
               where em.exercise_id = e.id), '')), 'B')
        || setweight(to_tsvector('english', array_to_string(e.cues, ' ')), 'C')
        || setweight(to_tsvector('english', array_to_string(e.instructions, ' ')), 'D')
    from exercise e where e.id = exercise_id
$$;

update exercise set search_vector = exercise_search_vector(id);
create index exercise_search on exercise using gin (search_vector);
