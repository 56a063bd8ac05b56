-- The customers this service knows (libs/customer-directory), projected from cs.customers.events.v1: tasks and
-- journeys may only name one of them (404 otherwise). Seeded from the names already projected.
create table customer_ref (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    external_id varchar(100),
    name        varchar(200),
    primary key (tenant_id, customer_id)
);
create unique index customer_ref_external_id on customer_ref (tenant_id, external_id) where external_id is not null;

insert into customer_ref (tenant_id, customer_id, name)
select tenant_id, customer_id, left(name, 200) from customer_name
on conflict do nothing;
