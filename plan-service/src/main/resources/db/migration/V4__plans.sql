-- Plans of a client: drafts a therapist works on, the one active plan, and superseded ones kept as history.
create table plan (
    id                uuid primary key,
    tenant_id         varchar(100) not null,
    client_id         uuid         not null references client_profile (id),
    status            varchar(20)  not null check (status in ('draft', 'active', 'superseded')),
    seed              bigint       not null,
    catalogue_version varchar(100) not null,
    weeks             integer      not null,
    sessions_per_week integer      not null,
    explanations      jsonb        not null default '[]',
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    activated_at      timestamptz,
    activated_by      varchar(100),
    superseded_at     timestamptz,
    version           bigint       not null default 0
);
create index plan_client on plan (tenant_id, client_id, created_at desc);
-- At most one active plan per client, whatever races between two activations
create unique index plan_one_active on plan (tenant_id, client_id) where status = 'active';

create table plan_session (
    id        uuid primary key,
    tenant_id varchar(100) not null,
    plan_id   uuid         not null references plan (id) on delete cascade,
    week      integer      not null check (week >= 1),
    position  integer      not null check (position >= 1)
);
create index plan_session_plan on plan_session (plan_id, week, position);

-- One prescribed exercise: in a session, or (plan_session_id null) in the daily posture-break block.
create table plan_exercise (
    id                 uuid primary key,
    tenant_id          varchar(100) not null,
    plan_id            uuid         not null references plan (id) on delete cascade,
    plan_session_id    uuid references plan_session (id) on delete cascade,
    block              varchar(20)  not null check (block in ('warm-up', 'strengthening', 'cool-down', 'posture-break')),
    position           integer      not null,
    exercise_id        uuid         not null,
    slug               varchar(120) not null,
    name               varchar(200) not null,
    dose_kind          varchar(10)  not null check (dose_kind in ('reps', 'hold', 'timed', 'duration')),
    sets               integer,
    reps               integer,
    load_kg            numeric(6, 2),
    hold_seconds       integer,
    repetitions        integer,
    minutes            numeric(6, 2),
    seconds            integer,
    reasons            jsonb        not null default '[]',
    status             varchar(10)  not null default 'active' check (status in ('active', 'paused')),
    heavier_load_taken boolean      not null default false,
    last_changed_at    timestamptz,
    override_reason    text,
    override_by        varchar(100),
    override_at        timestamptz
);
create index plan_exercise_plan on plan_exercise (plan_id, plan_session_id, position);
create index plan_exercise_session on plan_exercise (plan_session_id);
