-- Bumped in the same transaction as every change to the catalogue read model, per owner ('*' for the
-- global catalogue, else the clinic), so an instance holding a clinic's catalogue in memory can tell with
-- one tiny read whether its copy is still current.
create table catalog_revision (
    scope    varchar(100) primary key,
    revision bigint       not null
);
