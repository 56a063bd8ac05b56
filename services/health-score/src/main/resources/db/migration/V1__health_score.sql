-- The customers this service knows, projected from cs.customers.events.v1 (libs/customer-directory).
create table customer_ref (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    external_id varchar(100),
    name        varchar(200),
    primary key (tenant_id, customer_id)
);
create unique index customer_ref_external_id on customer_ref (tenant_id, external_id) where external_id is not null;

-- The copy of each tenant's time zone (tenant.settings.changed); the daily recompute and the measures' days are the tenant's.
create table tenant_settings (
    tenant_id  varchar(64) primary key,
    time_zone  varchar(64) not null,
    version    bigint      not null,
    updated_at timestamptz not null
);

-- A tenant's health model (weights, measure parameters, bands) as JSON; a tenant without a row has the defaults.
create table health_model (
    tenant_id  varchar(64) primary key,
    model      jsonb       not null,
    version    integer     not null,
    updated_at timestamptz not null,
    updated_by varchar(200)
);

-- Input projections: small per-customer upserts giving the same result in any arrival order.
-- Usage: a customer's day as absolute totals, the newest version wins (tracking.day.rolled-up).
create table usage_day (
    tenant_id   varchar(64) not null,
    customer_id uuid        not null,
    day         date        not null,
    total       bigint      not null,
    users       integer     not null,
    version     bigint      not null,
    primary key (tenant_id, customer_id, day)
);

-- NPS (0-10) and CSAT (1-5) answers, one row per response.
create table survey_answer (
    tenant_id   varchar(64) not null,
    response_id uuid        not null,
    customer_id uuid        not null,
    kind        varchar(8)  not null,
    score       integer     not null,
    answered_at timestamptz not null,
    primary key (tenant_id, response_id)
);
create index survey_answer_customer on survey_answer (tenant_id, customer_id, answered_at);

-- Tickets: open or closed by the newest version; SLA breaches once per ticket and metric.
create table ticket_state (
    tenant_id   varchar(64) not null,
    ticket_id   uuid        not null,
    customer_id uuid        not null,
    closed      boolean     not null,
    priority    varchar(40),
    opened_at   timestamptz,
    version     bigint      not null,
    primary key (tenant_id, ticket_id)
);
create index ticket_state_customer on ticket_state (tenant_id, customer_id);
create table ticket_breach (
    tenant_id   varchar(64) not null,
    ticket_id   uuid        not null,
    metric      varchar(20) not null,
    customer_id uuid        not null,
    breached_at timestamptz not null,
    primary key (tenant_id, ticket_id, metric)
);
create index ticket_breach_customer on ticket_breach (tenant_id, customer_id, breached_at);

-- Charges: amount, due date and status (the newest charge.upserted by its time); counted overdue while unpaid (open or
-- overdue) once charge.overdue said so or its due date passed in the tenant's day.
create table charge_state (
    tenant_id   varchar(64)    not null,
    charge_id   uuid           not null,
    customer_id uuid           not null,
    amount      numeric(19, 4) not null,
    currency    varchar(3)     not null,
    due_date    date           not null,
    status      varchar(40)    not null,
    overdue     boolean        not null default false,
    changed_at  timestamptz    not null,
    primary key (tenant_id, charge_id)
);
create index charge_state_customer on charge_state (tenant_id, customer_id);

-- Journey tasks: due date and whether done (the newest fact by its date wins).
create table task_state (
    tenant_id   varchar(64) not null,
    task_id     uuid        not null,
    customer_id uuid        not null,
    due_date    date,
    completed   boolean     not null,
    changed_on  timestamptz not null,
    primary key (tenant_id, task_id)
);
create index task_state_customer on task_state (tenant_id, customer_id);

-- Contracts: end date and whether still running (cancelled / expired end it); the newest fact by its time wins.
create table contract_state (
    tenant_id   varchar(64) not null,
    contract_id uuid        not null,
    customer_id uuid        not null,
    end_date    date,
    active      boolean     not null,
    changed_at  timestamptz not null,
    primary key (tenant_id, contract_id)
);
create index contract_state_customer on contract_state (tenant_id, customer_id);

-- Manual changes (healthscore.set and REST): to a value or by a delta, with the reason and the author.
create table manual_adjustment (
    id          uuid           primary key,
    tenant_id   varchar(64)    not null,
    customer_id uuid           not null,
    value       numeric(5, 2),
    delta       numeric(6, 2),
    reason      varchar(1000)  not null,
    author      varchar(200)   not null,
    created_at  timestamptz    not null
);
create index manual_adjustment_customer on manual_adjustment (tenant_id, customer_id, created_at);

-- Customers whose inputs changed since their last score: the recompute worker takes them (skip locked), so many
-- messages for one customer make one recompute.
create table score_pending (
    tenant_id   varchar(64) not null,
    customer_id uuid        not null,
    since       timestamptz not null,
    reason      varchar(200),
    primary key (tenant_id, customer_id)
);
create index score_pending_since on score_pending (since);

-- The current score of each customer with its explanation per measure.
create table health_score (
    tenant_id    varchar(64)   not null,
    customer_id  uuid          not null,
    score        numeric(5, 2) not null,
    band         varchar(40)   not null,
    explanation  jsonb         not null,
    model_version integer      not null,
    computed_at  timestamptz   not null,
    primary key (tenant_id, customer_id)
);

-- Every score a customer had (a new row when the score or the band changed), newest first.
create table health_score_history (
    id           uuid          primary key,
    tenant_id    varchar(64)   not null,
    customer_id  uuid          not null,
    score        numeric(5, 2) not null,
    band         varchar(40)   not null,
    from_score   numeric(5, 2),
    from_band    varchar(40),
    reason       varchar(1000),
    explanation  jsonb         not null,
    computed_at  timestamptz   not null
);
create index health_score_history_customer on health_score_history (tenant_id, customer_id, computed_at desc, id desc);

-- The daily recompute: the tenant's last local day swept (one replica per tenant and day through skip locked).
create table daily_sweep (
    tenant_id varchar(64) primary key,
    last_day  date        not null
);
