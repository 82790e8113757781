-- Runs once, when the postgres volume is first created (docker-entrypoint-initdb.d).
-- One database per service, each owned by its own login role, so a service can only touch its own data.
-- DEMO-ONLY passwords: this stack is for a developer machine, never for anything reachable by others.
CREATE ROLE catalog LOGIN PASSWORD 'catalog-demo';
CREATE ROLE plan LOGIN PASSWORD 'plan-demo';
CREATE ROLE progress LOGIN PASSWORD 'progress-demo';
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak-demo';

CREATE DATABASE catalog OWNER catalog;
CREATE DATABASE plan OWNER plan;
CREATE DATABASE progress OWNER progress;
CREATE DATABASE keycloak OWNER keycloak;
