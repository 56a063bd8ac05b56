-- Ingest updates the same rollup, user and customer-day rows over and over (count, last seen, dirty): free room on
-- each page lets PostgreSQL update them in place (HOT: no new index entries), instead of moving every updated row to
-- another page and adding entries to each of the table's indexes. Applies to pages written from now on.
alter table rollup_day set (fillfactor = 70);
alter table tracked_user set (fillfactor = 70);
alter table rollup_state set (fillfactor = 70);
