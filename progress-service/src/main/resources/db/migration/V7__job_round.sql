-- One row per scheduled job: when its last round started and on which instance (libs/service-support, JobRounds).
-- A round is claimed with an upsert on this row, so with several instances each round runs on one of them.
create table job_round (
    job        varchar(100) primary key,
    started_at timestamptz  not null,
    instance   varchar(200) not null
);
