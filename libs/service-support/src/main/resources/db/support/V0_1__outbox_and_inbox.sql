-- Events written in the same transaction as the change that caused them; the relay sends and stamps them.
create table outbox_event (
    id           uuid primary key,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(200) not null,
    tenant_id    varchar(100),
    payload      text         not null,
    occurred_at  timestamptz  not null,
    published_at timestamptz,
    attempts     integer      not null default 0
);
create index outbox_event_unpublished on outbox_event (occurred_at) where published_at is null;

-- Ids of events a consumer has already applied, recorded with the effect, so replays change nothing.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
