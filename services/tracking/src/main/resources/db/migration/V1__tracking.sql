-- The customers this service knows, projected from cs.customers.events.v1 (libs/customer-directory).
create table customer_ref (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    external_id varchar(100),
    name        varchar(200),
    primary key (tenant_id, customer_id)
);
create unique index customer_ref_external_id on customer_ref (tenant_id, external_id) where external_id is not null;

-- The copy of each tenant's time zone (tenant.settings.changed); rollup days are the tenant's.
create table tenant_settings (
    tenant_id  varchar(64) primary key,
    time_zone  varchar(64) not null,
    version    bigint      not null,
    updated_at timestamptz not null
);

-- Raw usage events, one partition per UTC day of occurred_at (raw_event_YYYYMMDD, created ahead by the service);
-- retention drops whole partitions (detached concurrently), so it never blocks ingest. The primary key is the dedupe:
-- an event id is counted once per tenant (and UTC day of its time).
create table raw_event (
    tenant_id   varchar(64)  not null,
    event_id    varchar(100) not null,
    occurred_on date         not null,
    occurred_at timestamptz  not null,
    customer_id uuid         not null,
    user_id     varchar(200) not null,
    event       varchar(200) not null,
    quantity    bigint       not null,
    day         date         not null,
    properties  jsonb,
    received_at timestamptz  not null default now(),
    primary key (tenant_id, event_id, occurred_on)
) partition by range (occurred_on);

-- Usage per customer, the customer's day (tenant's zone), user and feature: counts only grow.
create table rollup_day (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    day         date         not null,
    user_id     varchar(200) not null,
    feature     varchar(200) not null,
    count       bigint       not null,
    primary key (tenant_id, customer_id, day, user_id, feature)
);
create index rollup_day_feature on rollup_day (tenant_id, customer_id, feature, day);

-- Each customer day's publication state: dirty until the flusher publishes its totals, with the version it published.
create table rollup_state (
    tenant_id   varchar(64) not null,
    customer_id uuid        not null,
    day         date        not null,
    dirty       boolean     not null,
    version     bigint      not null,
    changed_at  timestamptz not null,
    primary key (tenant_id, customer_id, day)
);
create index rollup_state_dirty on rollup_state (changed_at) where dirty;

-- The customer's users: identity (set over REST), key-user flag, first/last seen and last login (from 'login' events).
create table tracked_user (
    tenant_id     varchar(64)  not null,
    customer_id   uuid         not null,
    user_id       varchar(200) not null,
    name          varchar(200),
    email         varchar(320),
    key_user      boolean      not null default false,
    first_seen_at timestamptz,
    last_seen_at  timestamptz,
    last_login_at timestamptz,
    login_dirty   boolean      not null default false,
    primary key (tenant_id, customer_id, user_id)
);
create index tracked_user_login_dirty on tracked_user (tenant_id) where login_dirty;

-- The tenant's features catalog: every event name seen, with an optional display name and description.
create table feature (
    tenant_id     varchar(64)  not null,
    name          varchar(200) not null,
    display_name  varchar(200),
    description   varchar(1000),
    first_seen_at timestamptz  not null,
    primary key (tenant_id, name)
);

-- Per-tenant ingest key (created and rotated by cs-admin), stored as its SHA-256; one live key per tenant.
create table ingest_key (
    tenant_id  varchar(64) primary key,
    key_hash   varchar(64) not null unique,
    prefix     varchar(16) not null,
    created_at timestamptz not null
);
