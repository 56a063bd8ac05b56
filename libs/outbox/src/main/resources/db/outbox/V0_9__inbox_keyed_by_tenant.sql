-- A message's id is unique only within its tenant: another tenant (an outside system choosing its own ce_id) must not
-- be able to suppress a message by reusing its id. Rows written before this migration keep tenant ''.
alter table inbox add column tenant_id varchar(100) not null default '';
alter table inbox drop constraint inbox_pkey;
alter table inbox add primary key (tenant_id, event_id, consumer);
