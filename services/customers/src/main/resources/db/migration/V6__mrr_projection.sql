-- Customer MRR as the contracts service last reported it (customer.mrr.changed), for "lowest MRR" balancing.
create table customer_mrr (
    tenant_id   varchar(64)    not null,
    customer_id uuid           not null primary key,
    mrr         numeric(19, 4) not null,
    currency    varchar(3),
    as_of       timestamptz    not null
);
