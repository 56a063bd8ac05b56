-- The customers this service knows, projected from cs.customers.events.v1 (libs/customer-directory).
create table customer_ref (
    tenant_id   varchar(64)  not null,
    customer_id uuid         not null,
    external_id varchar(100),
    name        varchar(200),
    primary key (tenant_id, customer_id)
);
create unique index customer_ref_external_id on customer_ref (tenant_id, external_id) where external_id is not null;

-- Each customer's contacts (contact.created / updated / deactivated): whom a survey goes to, who has not answered.
create table contact (
    tenant_id   varchar(64)  not null,
    contact_id  uuid         not null,
    customer_id uuid         not null,
    name        varchar(200),
    email       varchar(320),
    active      boolean      not null,
    primary key (tenant_id, contact_id)
);
create index contact_customer on contact (tenant_id, customer_id);

-- Each tenant's time zone (tenant.settings.changed); days of the reports are the tenant's.
create table tenant_settings (
    tenant_id varchar(64) primary key,
    time_zone varchar(64) not null,
    version   bigint      not null
);

-- A tenant's own texts for a kind of survey (NPS, CSAT); without a row the Portuguese defaults apply.
create table survey_template (
    tenant_id  varchar(64) not null,
    kind       varchar(10) not null,
    question   text        not null,
    subject    text        not null,
    body       text        not null,
    updated_at timestamptz not null,
    primary key (tenant_id, kind)
);

-- One send: a survey.send command or a CSM's request, with the question as it was asked.
create table survey (
    id           uuid primary key,
    tenant_id    varchar(64) not null,
    customer_id  uuid        not null,
    kind         varchar(10) not null,
    question     text        not null,
    execution_id uuid,
    step         integer,
    command_id   uuid,
    created_at   timestamptz not null
);
create index survey_customer on survey (tenant_id, customer_id, created_at desc);

-- One personal link per recipient of a send: answered once, before it expires.
create table invitation (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    survey_id   uuid         not null references survey (id),
    customer_id uuid         not null,
    kind        varchar(10)  not null,
    contact_id  uuid,
    email       varchar(320) not null,
    name        varchar(200),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    answered_at timestamptz
);
create index invitation_customer on invitation (tenant_id, customer_id, created_at desc, id desc);
create index invitation_survey on invitation (survey_id);
create index invitation_tenant on invitation (tenant_id, kind, created_at);

-- Answers: at most one per invitation (the unique index is what makes a link single-use).
create table answer (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    invitation_id uuid         not null references invitation (id),
    survey_id     uuid         not null,
    customer_id   uuid         not null,
    kind          varchar(10)  not null,
    contact_id    uuid,
    email         varchar(320) not null,
    score         integer      not null,
    comment       text,
    answered_at   timestamptz  not null
);
create unique index answer_invitation on answer (invitation_id);
create index answer_customer on answer (tenant_id, customer_id, answered_at desc, id desc);
create index answer_tenant on answer (tenant_id, kind, answered_at);

-- Addresses that asked not to receive surveys any more (per tenant); the next sends skip them.
create table opt_out (
    tenant_id     varchar(64)  not null,
    email         varchar(320) not null,
    contact_id    uuid,
    customer_id   uuid         not null,
    invitation_id uuid         not null,
    opted_out_at  timestamptz  not null,
    primary key (tenant_id, email)
);
create index opt_out_contact on opt_out (tenant_id, contact_id) where contact_id is not null;
