-- The relay's publication (cs_outbox) holds the outbox tables, nothing else: the relay's replication slot then skips
-- every other table's changes instead of sending each one to the relay to be dropped there (tracking ingest: 43-49 %
-- of PostgreSQL's CPU was that slot's work). This service's outbox joins it here, in the migration that runs before
-- the service writes anything, so no outbox row is ever written outside the publication. Idempotent (repeatable
-- migration); the relay creates the publication empty when it starts first (publication.autocreate.mode=no_tables).
-- A publication made FOR ALL TABLES by an earlier relay already holds every table: left as it is (docs/deployment.md).
do $$
begin
    -- services migrate side by side: one at a time creates the publication or adds its table
    perform pg_advisory_xact_lock(hashtext('cs_outbox publication'));
    if not exists (select 1 from pg_publication where pubname = 'cs_outbox') then
        create publication cs_outbox;
    end if;
    if not exists (select 1 from pg_publication where pubname = 'cs_outbox' and puballtables)
            and not exists (select 1 from pg_publication_tables where pubname = 'cs_outbox'
                            and schemaname = current_schema() and tablename = 'outbox') then
        execute format('alter publication cs_outbox add table %I.outbox', current_schema());
    end if;
end
$$;
