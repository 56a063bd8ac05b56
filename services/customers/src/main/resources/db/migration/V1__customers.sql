create table customer (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    name        varchar(200) not null,
    external_id varchar(100),
    status      varchar(40)  not null,
    created_at  timestamptz  not null
);
create unique index customer_external_id on customer (tenant_id, external_id) where external_id is not null;
create index customer_tenant on customer (tenant_id, id);

create table contact (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null references customer (id),
    name        varchar(200) not null,
    email       varchar(320) not null,
    main        boolean      not null,
    created_at  timestamptz  not null
);
create index contact_customer on contact (tenant_id, customer_id);
