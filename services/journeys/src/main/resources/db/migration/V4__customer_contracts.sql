-- Contracts and customer MRR, projected from cs.contracts.events.v1, to fill {contract.*} in task descriptions.
create table customer_contract (
    tenant_id   varchar(64)    not null,
    contract_id uuid           not null,
    customer_id uuid           not null,
    start_date  date           not null,
    end_date    date,
    status      varchar(16)    not null,
    primary key (tenant_id, contract_id)
);
create index customer_contract_customer on customer_contract (tenant_id, customer_id);

create table customer_mrr (
    tenant_id   varchar(64)    not null,
    customer_id uuid           not null,
    mrr         numeric(19, 2) not null,
    currency    varchar(3)     not null,
    primary key (tenant_id, customer_id)
);
