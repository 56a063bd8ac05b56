-- Playbook lifecycle: DRAFT, ACTIVE, INACTIVE, MAINTENANCE, ARCHIVED; every version names who made it; every change
-- (creation, update, transition) is audited with who, when and what changed.
alter table playbook add constraint playbook_status
    check (status in ('DRAFT', 'ACTIVE', 'INACTIVE', 'MAINTENANCE', 'ARCHIVED'));
create index playbook_list on playbook (tenant_id, updated_at desc, id desc);

alter table playbook_version add column actor varchar(200);

create table playbook_audit (
    id           uuid primary key,
    tenant_id    varchar(64)  not null,
    playbook_id  uuid         not null references playbook (id),
    at           timestamptz  not null,
    actor        varchar(200) not null,
    action       varchar(30)  not null,
    from_version integer,
    to_version   integer      not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    -- for an update: the top-level fields of the document that changed, {"name": {"from": ..., "to": ...}}
    changes      jsonb        not null default '{}'
);
create index playbook_audit_playbook on playbook_audit (tenant_id, playbook_id, at desc, id desc);
