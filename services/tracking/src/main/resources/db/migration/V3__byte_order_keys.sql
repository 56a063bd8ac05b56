-- The text keys ingest compares on every event (tenant, event id, user, feature) compare byte by byte (collation "C"):
-- under a linguistic collation (a database created with en_US.UTF-8, or C.UTF-8 which PostgreSQL does not treat as
-- "C") every index probe and every sort of the ingest statement goes through strcoll, and sorts lose abbreviated
-- keys. Listings ordered by these keys (features, users) order by code point, as they did under C.UTF-8, and their
-- cursors compare under the same collation as their order.
alter table raw_event
    alter column tenant_id type varchar(64) collate "C",
    alter column event_id type varchar(100) collate "C",
    alter column user_id type varchar(200) collate "C",
    alter column event type varchar(200) collate "C";
alter table rollup_day
    alter column tenant_id type varchar(64) collate "C",
    alter column user_id type varchar(200) collate "C",
    alter column feature type varchar(200) collate "C";
alter table rollup_state
    alter column tenant_id type varchar(64) collate "C";
alter table tracked_user
    alter column tenant_id type varchar(64) collate "C",
    alter column user_id type varchar(200) collate "C";
alter table feature
    alter column tenant_id type varchar(64) collate "C",
    alter column name type varchar(200) collate "C";
