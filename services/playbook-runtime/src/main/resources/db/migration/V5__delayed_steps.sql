-- Delayed action steps: durable (a row, not a timer), claimed once with FOR UPDATE SKIP LOCKED when due. The command
-- was planned when the playbook fired (the version that fired defines it); when due, the playbook must still be
-- ACTIVE and the customer not archived, else the step is SKIPPED with the reason.
create table delayed_step (
    execution_id     uuid         not null,
    step             integer      not null,
    tenant_id        varchar(64)  not null,
    playbook_id      uuid         not null,
    playbook_version integer      not null,
    customer_id      uuid         not null,
    due_at           timestamptz  not null,
    command_type     varchar(100) not null,
    command          text         not null,
    cause            text,
    primary key (execution_id, step)
);
create index delayed_step_due on delayed_step (due_at);
