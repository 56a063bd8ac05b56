-- The customers this service knows, projected from cs.customers.events.v1 (same shape as in contracts).
create table customer_ref (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    external_id varchar(100),
    name        varchar(200),
    primary key (tenant_id, customer_id)
);
create unique index customer_ref_external_id on customer_ref (tenant_id, external_id) where external_id is not null;

-- Charges (cobranças / invoices): open, paid, overdue, cancelled. erp_version orders the ERP's updates.
create table charge (
    id                   uuid primary key,
    tenant_id            varchar(64)    not null,
    customer_id          uuid           not null,
    external_id          varchar(100),
    contract_external_id varchar(100),
    amount               numeric(19, 2) not null,
    currency             char(3)        not null,
    due_date             date           not null,
    status               varchar(20)    not null,
    paid_date            date,
    erp_version          bigint,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null
);
create unique index charge_external_id on charge (tenant_id, external_id) where external_id is not null;
create index charge_customer on charge (tenant_id, customer_id);
create index charge_open_due on charge (due_date) where status = 'open';

-- One-off (transactional) sales.
create table sale (
    id          uuid primary key,
    tenant_id   varchar(64)    not null,
    customer_id uuid           not null,
    external_id varchar(100),
    product     varchar(200)   not null,
    amount      numeric(19, 2) not null,
    currency    char(3)        not null,
    sold_on     date           not null,
    created_at  timestamptz    not null
);
create unique index sale_external_id on sale (tenant_id, external_id) where external_id is not null;
create index sale_customer_day on sale (tenant_id, customer_id, sold_on);
