-- The customers this service knows, projected from cs.customers.events.v1: a contract must name one of them,
-- and ERP messages find theirs by the ERP's external id.
create table customer_ref (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    external_id varchar(100),
    name        varchar(200),
    primary key (tenant_id, customer_id)
);
create unique index customer_ref_external_id on customer_ref (tenant_id, external_id) where external_id is not null;

alter table contract add column plan varchar(100);
alter table contract add column products text[] not null default '{}';
alter table contract add column users integer;
alter table contract add column auto_renew boolean not null default false;
alter table contract add column cancel_reason varchar(500);
alter table contract add column cancelled_on date;
create index contract_active_end on contract (end_date) where status = 'active';

create table amendment (
    id              uuid primary key,
    tenant_id       varchar(64)    not null,
    contract_id     uuid           not null references contract (id),
    external_id     varchar(100),
    kind            varchar(20)    not null,
    previous_mrr    numeric(19, 2) not null,
    mrr             numeric(19, 2) not null,
    effective_date  date           not null,
    created_at      timestamptz    not null
);
create unique index amendment_external_id on amendment (tenant_id, external_id) where external_id is not null;
create index amendment_contract on amendment (tenant_id, contract_id);
