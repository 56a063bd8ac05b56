-- Churn risks flagged by hand (seed 002, 004). At most one OPEN risk per customer: the partial unique index turns a
-- second flag into a 409. Closing records the outcome (retained / churned), its date and value (money with currency).
create table risk (
    id                uuid primary key,
    tenant_id         varchar(64)    not null,
    customer_id       uuid           not null,
    status            varchar(10)    not null check (status in ('OPEN', 'CLOSED')),
    reason            varchar(40)    not null,
    diagnosis         varchar(20)    not null,
    notes             varchar(4000),
    flagged_by        varchar(200)   not null,
    flagged_at        timestamptz    not null,
    plan_starts_on    date,
    plan_ends_on      date,
    plan_goal         varchar(2000),
    progress_report   varchar(8000),
    outcome           varchar(10),
    outcome_on        date,
    outcome_value     numeric(19, 4),
    outcome_currency  varchar(3),
    closed_by         varchar(200),
    closed_at         timestamptz,
    version           bigint         not null,
    updated_by        varchar(200)   not null,
    updated_at        timestamptz    not null
);
create unique index risk_one_open_per_customer on risk (tenant_id, customer_id) where status = 'OPEN';
create index risk_tenant_status on risk (tenant_id, status, flagged_at desc, id desc);
create index risk_customer on risk (tenant_id, customer_id, flagged_at desc, id desc);

-- The recovery plan's actions. Each becomes a board task through board.task.create (command_id = its ce_id); the task's
-- board.task.created (ce_causationid = command_id) gives task_id, its board.task.completed marks the action done.
create table risk_action (
    id            uuid primary key,
    tenant_id     varchar(64)   not null,
    risk_id       uuid          not null references risk (id),
    position      integer       not null,
    title         varchar(300)  not null,
    owner_user_id varchar(200)  not null,
    due_on        date          not null,
    goal          varchar(2000),
    command_id    uuid          not null,
    task_id       uuid,
    done_at       timestamptz,
    created_by    varchar(200)  not null,
    created_at    timestamptz   not null
);
create unique index risk_action_command on risk_action (command_id);
create index risk_action_task on risk_action (tenant_id, task_id);
create index risk_action_risk on risk_action (risk_id, position);

-- Follow-ups (check-ins) of a risk, oldest first.
create table risk_follow_up (
    id          uuid primary key,
    tenant_id   varchar(64)   not null,
    risk_id     uuid          not null references risk (id),
    note        varchar(4000) not null,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null
);
create index risk_follow_up_risk on risk_follow_up (risk_id, created_at);

-- Every change of a risk: who, when, what.
create table risk_audit (
    seq        bigserial primary key,
    tenant_id  varchar(64)   not null,
    risk_id    uuid          not null references risk (id),
    action     varchar(40)   not null,
    actor      varchar(200)  not null,
    at         timestamptz   not null,
    detail     varchar(4000)
);
create index risk_audit_risk on risk_audit (risk_id, seq);

-- Each customer's MRR (customer.mrr.changed on cs.contracts.events.v1), for the at-risk report.
create table customer_mrr (
    tenant_id   varchar(64)    not null,
    customer_id uuid           not null,
    mrr         numeric(19, 4) not null,
    currency    varchar(3)     not null,
    primary key (tenant_id, customer_id)
);

-- The tenant's base currency (tenant.settings.changed): a closed risk's value is in it unless told otherwise.
create table tenant_currency (
    tenant_id  varchar(64) primary key,
    currency   varchar(3)  not null,
    version    bigint      not null
);

-- The weekly at-risk report: when (day of week and local time in the tenant's zone) and to whom (users of roles and
-- named users). last_week is the ISO week (2026-W49) of the last send: once per tenant and week, even after restarts.
create table report_schedule (
    tenant_id    varchar(64)   primary key,
    day_of_week  integer       not null check (day_of_week between 1 and 7),
    local_time   time          not null,
    roles        varchar(1000) not null,
    user_ids     varchar(4000) not null,
    enabled      boolean       not null,
    last_week    varchar(10),
    last_sent_at timestamptz,
    updated_by   varchar(200)  not null,
    updated_at   timestamptz   not null
);
