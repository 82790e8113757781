-- A clinic's saved plan shape: sessions, exercises, blocks and doses, without any client's data.
-- Read and written whole, never queried by exercise, so the sessions are one jsonb document.
create table plan_template (
    id                uuid primary key,
    tenant_id         varchar(100) not null,
    name              varchar(200) not null,
    description       text,
    weeks             integer      not null check (weeks >= 1),
    sessions_per_week integer      not null,
    sessions          jsonb        not null,
    posture_breaks    jsonb        not null default '[]',
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    created_by_name   varchar(200)
);
-- Names are unique per clinic, whatever their case
create unique index plan_template_name on plan_template (tenant_id, lower(name));
