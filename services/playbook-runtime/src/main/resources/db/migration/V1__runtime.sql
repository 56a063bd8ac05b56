create table playbook (
    id           uuid primary key,
    tenant_id    varchar(64)  not null,
    name         varchar(200) not null,
    status       varchar(20)  not null,
    version      integer      not null,
    trigger_type varchar(100) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create index playbook_active on playbook (tenant_id, trigger_type) where status = 'ACTIVE';

create table playbook_version (
    playbook_id uuid        not null references playbook (id),
    version     integer     not null,
    definition  text        not null,
    created_at  timestamptz not null,
    primary key (playbook_id, version)
);

-- The facts projection: what the runtime knows about each customer, built from domain events.
create table customer_facts (
    tenant_id          varchar(64)    not null,
    customer_id        uuid           not null,
    name               varchar(200),
    status             varchar(40),
    main_contact_name  varchar(200),
    main_contact_email varchar(320),
    mrr                numeric(19, 2) not null default 0,
    updated_at         timestamptz    not null,
    primary key (tenant_id, customer_id)
);

create table execution (
    id               uuid primary key,
    tenant_id        varchar(64)  not null,
    playbook_id      uuid         not null,
    playbook_version integer      not null,
    customer_id      uuid         not null,
    trigger_event_id uuid         not null,
    trigger_type     varchar(100) not null,
    status           varchar(30)  not null,
    trace            text         not null,
    created_at       timestamptz  not null,
    -- a redelivered event never runs a playbook version twice for a customer
    unique (playbook_id, playbook_version, customer_id, trigger_event_id)
);
create index execution_playbook on execution (tenant_id, playbook_id, created_at desc);

create table execution_step (
    execution_id uuid         not null references execution (id),
    step         integer      not null,
    action_type  varchar(100) not null,
    status       varchar(20)  not null,
    detail       text,
    updated_at   timestamptz  not null,
    primary key (execution_id, step)
);
