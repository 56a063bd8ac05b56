-- An occurrence (trigger event, or scheduled playbook/customer/day) runs a playbook at most once, whichever version
-- is active when a redelivery arrives: uniqueness no longer includes the version.
do $$
declare c record;
begin
    for c in select conname, conrelid::regclass as tbl from pg_constraint
             where contype = 'u' and conrelid in ('execution'::regclass, 'evaluation'::regclass) loop
        execute format('alter table %s drop constraint %I', c.tbl, c.conname);
    end loop;
end $$;
create unique index execution_occurrence on execution (playbook_id, customer_id, trigger_event_id);
create unique index evaluation_occurrence on evaluation (playbook_id, customer_id, occurrence_id);
