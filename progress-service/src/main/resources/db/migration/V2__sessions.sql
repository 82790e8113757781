-- What each client was prescribed, kept from plans.lifecycle events.
create table client_plan (
    plan_id            uuid primary key,
    tenant_id          varchar(100) not null,
    client_id          uuid         not null,
    client_user_id     varchar(100),
    therapist_user_id  varchar(100),
    activated_at       timestamptz  not null,
    weeks              integer      not null,
    sessions_per_week  integer      not null,
    active             boolean      not null
);
-- At most one active plan per client
create unique index client_plan_active on client_plan (tenant_id, client_id) where active;
create index client_plan_user on client_plan (tenant_id, client_user_id) where active;

create table plan_session (
    session_id  uuid primary key,
    tenant_id   varchar(100) not null,
    plan_id     uuid         not null references client_plan (plan_id),
    week        integer      not null,
    session_order integer    not null,
    exercises   jsonb        not null
);
create index plan_session_plan on plan_session (plan_id);

-- Logged sessions and, per exercise, what was done: indexed rows that adherence and trends aggregate.
create table session_log (
    id                 uuid primary key,
    tenant_id          varchar(100) not null,
    client_id          uuid         not null,
    plan_id            uuid,
    planned_session_id uuid,
    performed_at       timestamptz  not null,
    partial            boolean      not null,
    notes              text,
    logged_by          varchar(100) not null,
    created_at         timestamptz  not null
);
create index session_log_client_time on session_log (tenant_id, client_id, performed_at desc);

create table exercise_log (
    id                      uuid primary key,
    tenant_id               varchar(100) not null,
    session_log_id          uuid         not null references session_log (id),
    client_id               uuid         not null,
    exercise_id             uuid         not null,
    performed_at            timestamptz  not null,
    sets                    jsonb        not null,
    set_count               integer      not null check (set_count >= 0),
    total_reps              integer      check (total_reps >= 0),
    max_load_kg             numeric(6, 2) check (max_load_kg >= 0),
    rpe                     integer      check (rpe between 1 and 10),
    pain_score              integer      not null check (pain_score between 0 and 10),
    pain_kind               varchar(20),
    pain_location           varchar(100),
    completed_as_prescribed boolean      not null,
    notes                   text
);
create index exercise_log_trend on exercise_log (tenant_id, client_id, exercise_id, performed_at);

-- Retried writes: the same key returns the first answer; a different body under it is refused.
create table idempotency_record (
    tenant_id      varchar(100) not null,
    caller         varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash   varchar(64)  not null,
    session_log_id uuid         not null,
    created_at     timestamptz  not null,
    primary key (tenant_id, caller, idempotency_key)
);

-- An alert is raised once per cause (for example: sharp pain on this exercise in this session).
alter table alert add column cause_key varchar(200);
create unique index alert_once_per_cause on alert (tenant_id, cause_key);
