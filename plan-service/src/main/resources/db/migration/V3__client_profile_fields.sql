-- What plan generation needs to know about a client, who looks after them, and their own login.
alter table client_profile
    add column email             varchar(254),
    add column phone             varchar(40),
    add column equipment         varchar(60)[]  not null default '{}',
    add column goals             varchar(20)[]  not null default '{}',
    add column sessions_per_week integer,
    add column session_minutes   integer,
    add column desk_worker       boolean        not null default false,
    add column pain_areas        varchar(60)[]  not null default '{}',
    add column contraindications varchar(120)[] not null default '{}',
    add column therapist_user_id varchar(100),
    add column therapist_name    varchar(200),
    add column user_id           varchar(100),
    add column username          varchar(200),
    add column notes             text,
    add column updated_at        timestamptz    not null default now();

-- One profile per client account within a clinic; /me/profile looks the caller up by it.
create unique index client_profile_user on client_profile (tenant_id, user_id) where user_id is not null;
create index client_profile_therapist on client_profile (tenant_id, therapist_user_id);
