-- The ways each catalogue exercise can be done (null: snapshots from before setups, read as one setup of
-- its equipment), which of them a prescription uses, and the household items a client cannot use (every
-- other household item is taken as had).
alter table catalog_exercise add column setups jsonb;

alter table plan_exercise add column setup_equipment text[];
alter table plan_exercise add column setup_note varchar(200);

alter table client_profile add column unavailable_items text[] not null default '{}';
