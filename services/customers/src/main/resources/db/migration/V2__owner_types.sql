-- Owner types (seed 003): unique per tenant case-insensitively; exactly one default per tenant.
create table owner_type (
    id         uuid primary key,
    tenant_id  varchar(64) not null,
    name       varchar(40) not null,
    is_default boolean     not null default false,
    created_at timestamptz not null
);
create unique index owner_type_name on owner_type (tenant_id, lower(name));
create unique index owner_type_default on owner_type (tenant_id) where is_default;

-- Who holds each owner type for a customer; no row means "Não informado".
create table customer_owner (
    tenant_id     varchar(64) not null,
    customer_id   uuid        not null references customer (id),
    owner_type_id uuid        not null references owner_type (id) on delete cascade,
    user_id       varchar(64) not null,
    assigned_at   timestamptz not null,
    primary key (customer_id, owner_type_id)
);
create index customer_owner_user on customer_owner (tenant_id, owner_type_id, user_id);
