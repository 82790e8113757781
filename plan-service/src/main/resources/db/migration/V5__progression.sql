-- A clinic's own progression thresholds; clinics without a row use the deployment's defaults.
create table clinic_progression_settings (
    tenant_id           varchar(100) primary key,
    qualifying_sessions integer      not null check (qualifying_sessions between 1 and 10),
    max_manageable_rpe  integer      not null check (max_manageable_rpe between 1 and 10),
    pain_threshold      integer      not null check (pain_threshold between 1 and 10),
    on_pain             varchar(10)  not null check (on_pain in ('pause', 'regress')),
    updated_at          timestamptz  not null,
    updated_by          varchar(100)
);

-- How each exercise went in each logged session, kept from progress.sessions events: the history the
-- progression policy reads. One row per logged session and exercise, so a replayed event adds nothing.
create table exercise_result (
    id                      uuid primary key,
    tenant_id               varchar(100) not null,
    plan_id                 uuid         not null references plan (id),
    client_id               uuid         not null,
    session_log_id          uuid         not null,
    exercise_id             uuid         not null,
    performed_at            timestamptz  not null,
    completed_as_prescribed boolean      not null,
    rpe                     integer,
    pain_score              integer      not null,
    pain_kind               varchar(20),
    unique (session_log_id, exercise_id)
);
create index exercise_result_history on exercise_result (plan_id, exercise_id, performed_at);

-- Every change to a plan after it was generated: automatic steps, pauses and regressions, therapists' edits.
create table plan_change (
    id              uuid primary key,
    tenant_id       varchar(100) not null,
    plan_id         uuid         not null references plan (id),
    kind            varchar(20)  not null,
    source          varchar(20)  not null,
    exercise_id     uuid,
    new_exercise_id uuid,
    exercise_name   varchar(200),
    step            varchar(30),
    reason          text         not null,
    session_log_ids uuid[]       not null default '{}',
    dose_before     jsonb,
    dose_after      jsonb,
    changed_by      varchar(100),
    changed_at      timestamptz  not null
);
create index plan_change_plan on plan_change (plan_id, changed_at desc);
