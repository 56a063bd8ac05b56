-- A tenant's settings (time zone, base currency, e-mail sender), one row per tenant; a tenant without a row has the
-- defaults. version grows by one on every change and travels in tenant.settings.changed.
create table tenant_settings (
    tenant_id            varchar(64)  primary key,
    time_zone            varchar(64)  not null default 'America/Sao_Paulo',
    currency             varchar(3)   not null default 'BRL',
    email_sender_name    varchar(200),
    email_sender_address varchar(320),
    email_reply_to       varchar(320),
    version              bigint       not null default 0,
    updated_at           timestamptz  not null
);
