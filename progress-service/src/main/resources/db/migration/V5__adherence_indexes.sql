-- Indexes found missing by the adherence benchmark (1,000 clients, 3 years of logs; see README).

-- A session's exercises (history pages, idempotent replays) were found by scanning every exercise log.
create index exercise_log_session on exercise_log (session_log_id);

-- The plan in force on a day or week is looked up per client by activation time, once per day of a window.
create index client_plan_client_time on client_plan (tenant_id, client_id, activated_at desc);

-- The caseload counts each client's open alerts.
create index alert_open_by_client on alert (tenant_id, client_id) where acknowledged_at is null;

-- Counting completed and partial sessions in a period reads only the index.
create index session_log_client_time_partial on session_log (tenant_id, client_id, performed_at desc) include (partial);
drop index session_log_client_time;
