-- Alerts for therapists (pain, silence, dropping adherence), one clinic each.
create table alert (
    id              uuid primary key,
    tenant_id       varchar(100) not null,
    client_id       uuid         not null,
    therapist_id    varchar(100),
    severity        varchar(20)  not null,
    reason          varchar(60)  not null,
    detail          text         not null,
    raised_at       timestamptz  not null,
    acknowledged_at timestamptz
);
create index alert_open_by_tenant on alert (tenant_id, raised_at desc) where acknowledged_at is null;
