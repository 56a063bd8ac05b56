create table contract (
    id          uuid primary key,
    tenant_id   varchar(64)    not null,
    customer_id uuid           not null,
    external_id varchar(100),
    mrr         numeric(19, 2) not null,
    currency    char(3)        not null,
    start_date  date           not null,
    end_date    date,
    status      varchar(20)    not null,
    created_at  timestamptz    not null
);
create unique index contract_external_id on contract (tenant_id, external_id) where external_id is not null;
create index contract_customer on contract (tenant_id, customer_id);
