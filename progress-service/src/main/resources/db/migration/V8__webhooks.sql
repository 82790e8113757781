-- Clinic webhooks: the endpoints a clinic subscribed, and one delivery per event and endpoint.
-- The secret is kept as issued (whsec_...): signing needs the key itself, so it cannot be hashed.
create table webhook_endpoint (
    id                uuid primary key,
    tenant_id         varchar(100)  not null,
    url               varchar(2000) not null,
    -- comma-separated kinds: session-logged, pain-alert, plan-activated, plan-adjusted
    kinds             varchar(200)  not null,
    enabled           boolean       not null,
    secret            varchar(100)  not null,
    created_at        timestamptz   not null,
    created_by        varchar(100),
    secret_rotated_at timestamptz
);
create index webhook_endpoint_by_tenant on webhook_endpoint (tenant_id, created_at);

create table webhook_delivery (
    id              uuid primary key,
    -- the order events were received in; a client's deliveries to one endpoint are sent in this order
    seq             bigint generated always as identity,
    tenant_id       varchar(100) not null,
    endpoint_id     uuid         not null references webhook_endpoint (id) on delete cascade,
    -- the platform event's id, sent as webhook-id on every attempt
    event_id        varchar(200) not null,
    kind            varchar(40)  not null,
    client_id       uuid         not null,
    payload         text         not null,
    -- pending (not sent yet, or to be retried), delivered or failed (given up)
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    created_at      timestamptz  not null,
    -- when the current round of attempts began (creation, or a manual redelivery): the give-up clock
    queued_at       timestamptz  not null,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(500),
    delivered_at    timestamptz,
    unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_waiting on webhook_delivery (endpoint_id, client_id, seq) where status = 'pending';
create index webhook_delivery_log on webhook_delivery (endpoint_id, seq desc);
