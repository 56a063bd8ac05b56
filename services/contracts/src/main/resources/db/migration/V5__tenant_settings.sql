-- The copy of each tenant's time zone (tenant.settings.changed, libs/tenant-settings): a contract ends, and a scheduled
-- amendment takes effect, by the tenant's day in its time zone.
create table tenant_settings (
    tenant_id  varchar(64) primary key,
    time_zone  varchar(64) not null,
    version    bigint      not null,
    updated_at timestamptz not null
);
