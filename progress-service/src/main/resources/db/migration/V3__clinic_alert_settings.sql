-- A clinic's own alert thresholds; a clinic without a row uses the deployment's defaults.
create table clinic_alert_settings (
    tenant_id             varchar(100) primary key,
    pain_alert_threshold  integer not null check (pain_alert_threshold between 1 and 10),
    pain_rise_points      integer not null check (pain_rise_points between 1 and 10),
    quiet_days            integer not null check (quiet_days between 1 and 90),
    adherence_drop_points integer not null check (adherence_drop_points between 5 and 100),
    updated_at            timestamptz not null,
    updated_by            varchar(100) not null
);
