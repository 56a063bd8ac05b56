alter table contact
    add column phone      varchar(40),
    add column birthday   date,
    add column types      text[]      not null default '{}',
    add column key_user   boolean     not null default false,
    add column active     boolean     not null default true,
    add column updated_at timestamptz,
    alter column email drop not null;

-- At most one main contact per customer, whatever the races; the service keeps "at least one" when any is active.
create unique index contact_one_main on contact (customer_id) where main;
