-- Customer names, projected from customer.created / customer.updated, to fill {customer.name} in task descriptions.
create table customer_name (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    name        varchar(300) not null,
    primary key (tenant_id, customer_id)
);
