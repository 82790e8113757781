-- Adjustments of active plans (plans.plan-adjusted.v1): the newest applied one is remembered so an older
-- adjustment delivered late never overwrites it.
alter table client_plan add column adjusted_at timestamptz;

-- An adjustment whose plan is not known yet (its activation not consumed yet): applied when it arrives.
-- Only the newest one per plan is kept, as each carries the whole plan.
create table pending_plan_adjustment (
    plan_id     uuid primary key,
    tenant_id   varchar(100) not null,
    adjusted_at timestamptz  not null,
    sessions    jsonb        not null
);
