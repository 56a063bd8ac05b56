-- Custom attributes: typed per tenant, values validated against the definition.
create table attribute_definition (
    tenant_id varchar(64) not null,
    key       varchar(60) not null,
    type      varchar(10) not null check (type in ('text', 'number', 'date', 'boolean', 'option')),
    options   jsonb       not null default '[]',
    primary key (tenant_id, key)
);

create table customer_attribute (
    tenant_id   varchar(64) not null,
    customer_id uuid        not null references customer (id),
    key         varchar(60) not null,
    value       jsonb       not null,
    primary key (customer_id, key)
);
