-- Household equipment: every home has it (wall, doorway, chair, floor), so clients are taken to have it.
-- The global catalogue file sets the flag at start.
alter table equipment add column household boolean not null default false;

-- Setups: the ways to do an exercise, preferred first: [{"equipment": ["dumbbells", "bench"], "note": "..."}].
-- exercise_equipment stays and always holds the first setup's equipment, for clients that predate setups.
-- Every exercise already stored becomes one setup of the equipment it needs (bodyweight when it lists none).
insert into equipment (code, name) values ('none', 'No equipment') on conflict do nothing;
insert into exercise_equipment (exercise_id, equipment_code)
select e.id, 'none' from exercise e
where not exists (select 1 from exercise_equipment ee where ee.exercise_id = e.id);

alter table exercise add column setups jsonb;
update exercise e set setups = jsonb_build_array(jsonb_build_object(
    'equipment', (select jsonb_agg(ee.equipment_code order by ee.equipment_code)
                  from exercise_equipment ee where ee.exercise_id = e.id),
    'note', null));
alter table exercise
    alter column setups set not null,
    add constraint exercise_has_a_setup check (jsonb_typeof(setups) = 'array' and jsonb_array_length(setups) > 0);
