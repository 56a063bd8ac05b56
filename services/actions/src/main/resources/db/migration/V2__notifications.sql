-- In-app notifications for users (notify.csm): one row per user; user_id is the Keycloak user id (token sub).
create table notification (
    id           uuid         primary key,
    tenant_id    varchar(64)  not null,
    user_id      varchar(255) not null,
    title        varchar(500) not null,
    body         text,
    customer_id  uuid,
    link         varchar(2000),
    kind         varchar(50)  not null,
    execution_id uuid,
    step         integer,
    created_at   timestamptz  not null,
    read_at      timestamptz
);

-- the caller's list, newest first, cursor (created_at, id)
create index notification_user_created on notification (tenant_id, user_id, created_at desc, id desc);
-- the unread count and ?unread=true
create index notification_user_unread on notification (tenant_id, user_id, created_at desc, id desc)
    where read_at is null;
-- a redelivered command never notifies the same user twice for one playbook step
-- (rows without an execution are never duplicates: nulls are distinct)
create unique index notification_step_user on notification (execution_id, step, user_id);

-- Every replica's SSE streams LISTEN on this channel; NOTIFY is sent at commit only, so a stream never shows a
-- notification whose transaction rolled back. Payload: tenant, user and id, tab-separated.
create function notification_created() returns trigger language plpgsql as $$
begin
    perform pg_notify('actions_notification', new.tenant_id || chr(9) || new.user_id || chr(9) || new.id);
    return null;
end $$;

create trigger notification_created after insert on notification
    for each row execute function notification_created();
