-- Contact types configurable per tenant (unique ignoring case); the free-text types contacts already hold become the
-- tenant's first types.
create table contact_type (
    id        uuid        primary key,
    tenant_id varchar(64) not null,
    name      varchar(40) not null
);
create unique index contact_type_name on contact_type (tenant_id, lower(name));

insert into contact_type (id, tenant_id, name)
select gen_random_uuid(), tenant_id, min(name)
from (select distinct tenant_id, left(unnest(types), 40) as name from contact) existing
group by tenant_id, lower(name);

-- Custom attributes of contacts: the same typed definitions, told apart by the entity they belong to.
alter table attribute_definition
    add column entity varchar(8) not null default 'CUSTOMER' check (entity in ('CUSTOMER', 'CONTACT')),
    drop constraint attribute_definition_pkey,
    add constraint attribute_definition_pkey primary key (tenant_id, entity, key);

create table contact_attribute (
    tenant_id  varchar(64) not null,
    contact_id uuid        not null references contact (id),
    key        varchar(60) not null,
    value      jsonb       not null,
    primary key (contact_id, key)
);
