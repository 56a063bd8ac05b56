-- The customers this service knows, projected from cs.customers.events.v1 (libs/customer-directory).
create table customer_ref (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    external_id varchar(100),
    name        varchar(200),
    primary key (tenant_id, customer_id)
);
create unique index customer_ref_external_id on customer_ref (tenant_id, external_id) where external_id is not null;

-- The copy of each tenant's time zone (tenant.settings.changed); days of the counters are the tenant's.
create table tenant_settings (
    tenant_id  varchar(64) primary key,
    time_zone  varchar(64) not null,
    version    bigint      not null,
    updated_at timestamptz not null
);

-- A tenant's ticket statuses, in order; a tenant without rows has the default list (open, pending, solved, closed).
create table ticket_status (
    tenant_id varchar(64) not null,
    name      varchar(40) not null,
    closed    boolean     not null,
    position  integer     not null,
    primary key (tenant_id, name)
);

-- SLA per tenant and priority: minutes to the first response and to the resolution, optionally in business hours
-- (business_days: ISO day numbers 1 = Monday .. 7 = Sunday, comma-separated; the tenant's time zone).
create table sla_policy (
    tenant_id              varchar(64) not null,
    priority               varchar(10) not null,
    first_response_minutes integer,
    resolution_minutes     integer,
    business_days          varchar(20),
    business_start         time,
    business_end           time,
    updated_at             timestamptz not null,
    primary key (tenant_id, priority)
);

-- Tickets. version grows with every change (the events carry it); helpdesk_version orders the helpdesk's changes.
create table ticket (
    id                         uuid primary key,
    tenant_id                  varchar(64)  not null,
    customer_id                uuid         not null,
    contact_id                 uuid,
    external_id                varchar(100),
    subject                    varchar(300) not null,
    status                     varchar(40)  not null,
    closed                     boolean      not null,
    priority                   varchar(10)  not null,
    channel                    varchar(40),
    assignee_id                varchar(100),
    rating                     integer,
    rating_comment             varchar(2000),
    rated_at                   timestamptz,
    created_at                 timestamptz  not null,
    first_response_at          timestamptz,
    resolved_at                timestamptz,
    first_response_due_at      timestamptz,
    resolution_due_at          timestamptz,
    first_response_breached_at timestamptz,
    resolution_breached_at     timestamptz,
    version                    bigint       not null,
    helpdesk_version           bigint,
    updated_at                 timestamptz  not null
);
create unique index ticket_external_id on ticket (tenant_id, external_id) where external_id is not null;
create index ticket_tenant_created on ticket (tenant_id, created_at desc, id desc);
create index ticket_customer_created on ticket (tenant_id, customer_id, created_at desc, id desc);
create index ticket_tenant_status on ticket (tenant_id, status);
-- what the SLA sweep looks at: deadlines not yet reported
create index ticket_first_response_due on ticket (first_response_due_at) where first_response_breached_at is null;
create index ticket_resolution_due on ticket (resolution_due_at) where resolution_breached_at is null;

-- The customer's ticket counters per day (the tenant's days): opened, closed, SLA breaches.
create table ticket_day (
    tenant_id    varchar(64) not null,
    customer_id  uuid        not null,
    day          date        not null,
    created      integer     not null default 0,
    closed       integer     not null default 0,
    sla_breached integer     not null default 0,
    primary key (tenant_id, customer_id, day)
);
