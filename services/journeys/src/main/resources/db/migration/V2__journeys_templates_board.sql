-- Journey templates: one row per template, one per version (a version's stages and tasks as JSON; never edited).
create table journey_template (
    id              uuid primary key,
    tenant_id       varchar(64)  not null,
    name            varchar(120) not null,
    starter_key     varchar(40),
    current_version integer      not null,
    created_at      timestamptz  not null
);
create unique index journey_template_name on journey_template (tenant_id, lower(name));
create unique index journey_template_starter on journey_template (tenant_id, starter_key);

create table journey_template_version (
    id          uuid primary key,
    template_id uuid        not null references journey_template (id),
    version     integer     not null,
    tenant_id   varchar(64) not null,
    definition  text        not null,
    created_at  timestamptz not null
);
create unique index journey_template_version_number on journey_template_version (template_id, version);

-- A customer's journeys; exactly one is current.
create table customer_journey (
    id                uuid primary key,
    tenant_id         varchar(64)  not null,
    customer_id       uuid         not null,
    template_id       uuid         not null,
    template_version  integer      not null,
    name              varchar(120) not null,
    stages            text         not null,
    current           boolean      not null,
    set_at            timestamptz  not null
);
create unique index customer_journey_current on customer_journey (tenant_id, customer_id) where current;

alter table task add column journey_id       uuid;
alter table task add column template_task_id uuid;
alter table task add column stage            varchar(120);
alter table task add column stage_position   integer;
alter table task add column description      text;
alter table task add column labels           text not null default '[]';
alter table task add column contacts         text not null default '[]';
alter table task add column completed_at     timestamptz;
create index task_journey on task (tenant_id, journey_id);

create table task_checklist_item (
    id           uuid primary key,
    tenant_id    varchar(64)  not null,
    task_id      uuid         not null references task (id),
    position     integer      not null,
    title        varchar(300) not null,
    completed_at timestamptz
);
create index task_checklist_item_task on task_checklist_item (task_id);

create table task_comment (
    id         uuid primary key,
    tenant_id  varchar(64) not null,
    task_id    uuid        not null references task (id),
    author_id  varchar(100),
    text       text        not null,
    created_at timestamptz not null
);
create index task_comment_task on task_comment (task_id);

-- Who holds each owner type of a customer, projected from customer.owner.changed.
create table customer_owner (
    tenant_id       varchar(64)  not null,
    customer_id     uuid         not null,
    owner_type_id   uuid         not null,
    owner_type_name varchar(40)  not null,
    user_id         varchar(100),
    primary key (tenant_id, customer_id, owner_type_id)
);

-- Personal cards of a CSM's board.
create table board_task (
    id               uuid primary key,
    tenant_id        varchar(64)  not null,
    user_id          varchar(100) not null,
    customer_id      uuid         not null,
    title            varchar(300) not null,
    start_at         timestamptz  not null,
    duration_minutes integer      not null,
    main_contact     varchar(200),
    labels           text         not null default '[]',
    skip_weekends    boolean      not null,
    status           varchar(20)  not null,
    completed_at     timestamptz,
    created_at       timestamptz  not null
);
create index board_task_user on board_task (tenant_id, user_id, start_at);
