-- Messages a consumer gave up on (libs/service-support, DeadLetters): why, where they stood on Kafka, what they said.
-- Here and not beside processed_event in db/support: a lower version there would be out of order for databases
-- already migrated past it, which Flyway refuses.
create table dead_letter (
    id              bigint generated always as identity primary key,
    consumer        varchar(100) not null,
    reason          varchar(40)  not null,
    topic           varchar(200),
    kafka_partition integer,
    kafka_offset    bigint,
    event_id        varchar(200),
    event_type      varchar(200),
    tenant_id       varchar(100),
    error           text         not null,
    -- the first 16384 characters; payload_length is the whole payload's
    payload         text,
    payload_length  integer,
    recorded_at     timestamptz  not null default now()
);
