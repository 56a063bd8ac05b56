-- The facts projection: one row per entity field (kind customer / contact / owner / contract / charge / task /
-- ticket / answer / user / health; entity = its id, '' for the customer itself). The version of the event that set
-- a field orders writes: an older event never overwrites a newer fact.
drop table customer_facts;

create table fact (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    kind        varchar(32)  not null,
    entity      varchar(200) not null,
    field       varchar(200) not null,
    value       jsonb        not null,
    version     bigint       not null,
    primary key (tenant_id, customer_id, kind, entity, field)
);
-- the customers of a tenant (scheduled triggers) and branch accounts of a parent (hierarchy conditions)
create index fact_known on fact (tenant_id, customer_id) where kind = 'customer' and field = 'known';
create index fact_parent on fact (tenant_id, value) where kind = 'customer' and field = 'parentId';

-- Counters in day buckets (the tenant's days): tickets created, one-off sales, tracking per user and feature.
create table fact_series (
    tenant_id   varchar(64)    not null,
    customer_id uuid           not null,
    metric      varchar(32)    not null,
    day         date           not null,
    item        varchar(400)   not null,
    amount      numeric(19, 4) not null,
    version     bigint         not null,
    primary key (tenant_id, customer_id, metric, day, item)
);

-- The copy of each tenant's settings the runtime needs (from tenant.settings.changed).
create table tenant_settings (
    tenant_id  varchar(64) primary key,
    time_zone  varchar(64) not null,
    version    bigint      not null,
    updated_at timestamptz not null
);

-- Every evaluation of a playbook for a customer, fired or not, with its trace; kept for a configurable number of days.
create table evaluation (
    id               uuid primary key,
    tenant_id        varchar(64)  not null,
    playbook_id      uuid         not null,
    playbook_version integer      not null,
    customer_id      uuid         not null,
    occurrence_id    uuid         not null,
    trigger_type     varchar(100) not null,
    fired            boolean      not null,
    trace            jsonb        not null,
    execution_id     uuid,
    evaluated_at     timestamptz  not null,
    unique (playbook_id, playbook_version, customer_id, occurrence_id)
);
create index evaluation_customer on evaluation (tenant_id, customer_id, evaluated_at desc, id desc);
create index evaluation_playbook on evaluation (tenant_id, playbook_id, evaluated_at desc, id desc);
create index evaluation_age on evaluation (evaluated_at);

create index execution_customer on execution (tenant_id, customer_id, created_at desc);

-- A scheduled trigger's run for a playbook and a tenant day: claimed by one replica; a run left unfinished by a
-- replica that died is claimed again after a while (every customer is evaluated at most once per day anyway).
create table schedule_run (
    playbook_id uuid        not null,
    day         date        not null,
    tenant_id   varchar(64) not null,
    claimed_by  varchar(100) not null,
    claimed_at  timestamptz not null,
    finished_at timestamptz,
    customers   integer,
    fired       integer,
    primary key (playbook_id, day)
);

-- A trigger event for a customer the projection has not heard of yet (its customer.created travels on another
-- topic): kept here and evaluated as soon as the customer is known, instead of being retried into the DLQ.
create table pending_trigger (
    event_id    uuid primary key,
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    type        varchar(100) not null,
    payload     text         not null,
    headers     text         not null,
    received_at timestamptz  not null
);
create index pending_trigger_customer on pending_trigger (tenant_id, customer_id);
