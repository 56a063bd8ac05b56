-- The copy of each tenant's time zone (tenant.settings.changed, libs/tenant-settings): a charge is overdue once its
-- due date has passed in the tenant's time zone.
create table tenant_settings (
    tenant_id  varchar(64) primary key,
    time_zone  varchar(64) not null,
    version    bigint      not null,
    updated_at timestamptz not null
);
