-- Client profiles belong to one clinic each (Hibernate discriminator tenancy on tenant_id).
create table client_profile (
    id               uuid primary key,
    tenant_id        varchar(100) not null,
    display_name     varchar(200) not null,
    experience_level varchar(20)  not null,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create index client_profile_tenant on client_profile (tenant_id, display_name);

-- Read model of the catalogue, fed only by catalog.exercises events (global rows have no tenant).
create table catalog_exercise (
    exercise_id uuid primary key,
    tenant_id   varchar(100),
    slug        varchar(120) not null,
    name        varchar(200) not null,
    category    varchar(40)  not null,
    movement    varchar(40)  not null,
    difficulty  varchar(20)  not null,
    equipment   varchar(40)[] not null default '{}',
    retired     boolean      not null,
    version     bigint       not null,
    updated_at  timestamptz  not null
);
create index catalog_exercise_tenant on catalog_exercise (tenant_id);
