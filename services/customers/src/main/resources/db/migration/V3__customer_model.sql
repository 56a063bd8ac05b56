-- Statuses are configurable per tenant; the defaults are created on a tenant's first use.
create table customer_status (
    tenant_id varchar(64) not null,
    code      varchar(40) not null,
    position  int         not null,
    primary key (tenant_id, code)
);

alter table customer
    add column registration_date date,
    add column start_date        date,
    add column end_date          date,
    add column plan              varchar(100),
    add column products          text[]      not null default '{}',
    add column services          text[]      not null default '{}',
    add column groups            text[]      not null default '{}',
    add column segments          text[]      not null default '{}',
    add column tags              text[]      not null default '{}',
    add column portfolio_id      uuid,
    add column parent_id         uuid references customer (id),
    add column archived_at       timestamptz,
    add column updated_at        timestamptz;

-- Keyset pagination (name, id) per tenant, and the list filters.
create index customer_by_name on customer (tenant_id, name, id) where archived_at is null;
create index customer_by_status on customer (tenant_id, status, name, id) where archived_at is null;
create index customer_by_portfolio on customer (tenant_id, portfolio_id) where archived_at is null;
create index customer_by_parent on customer (tenant_id, parent_id) where parent_id is not null;
create index customer_tags on customer using gin (tags);
create index customer_segments on customer using gin (segments);
create index customer_owner_by_user on customer_owner (tenant_id, user_id);
