-- Who holds plan-service's outbox relay, so that one instance relays at a time (libs/service-support JobRounds,
-- OutboxRelay). Same layout as progress-service's job_round.
create table job_round (
    job        varchar(100) primary key,
    started_at timestamptz  not null,
    instance   varchar(200) not null
);
