-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d).
-- One database per owning service; each service's `migrate-<service>` job creates its tables.
CREATE DATABASE auth_db;      -- auth
CREATE DATABASE emails_db;    -- notifier
CREATE DATABASE resumes_db;   -- resume
CREATE DATABASE analysis_db;  -- analysis
-- The gateway's read-only login; migrations grant it SELECT on the published views only.
CREATE ROLE worth_gateway LOGIN PASSWORD 'worth-gateway';
