create table task (
    id                  uuid primary key,
    tenant_id           varchar(64)  not null,
    customer_id         uuid         not null,
    title               varchar(300) not null,
    due_date            date         not null,
    skip_weekends       boolean      not null,
    status              varchar(20)  not null,
    assignee_owner_type varchar(40),
    assignee_user_id    varchar(100),
    execution_id        uuid,
    execution_step      integer,
    created_at          timestamptz  not null
);
create index task_customer on task (tenant_id, customer_id, due_date);
