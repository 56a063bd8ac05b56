-- At most one e-mail per (execution, step, recipient): a delivery is claimed (SENDING) in its own committed
-- transaction before it goes to SMTP, and marked SENT right after SMTP accepts it. A retry or redelivery that finds
-- the claim never sends again; a claim still SENDING means the service stopped inside that window (outcome unknown).
create table email_delivery (
    execution_id uuid        not null,
    step         int         not null,
    recipient    text        not null,
    tenant_id    text        not null,
    customer_id  uuid,
    message_id   text        not null,
    status       text        not null check (status in ('SENDING', 'SENT')),
    claimed_at   timestamptz not null,
    sent_at      timestamptz,
    primary key (execution_id, step, recipient)
);

-- The tenant's e-mail sender, copied from tenant.settings.changed (customers owns the settings).
create table tenant_sender (
    tenant_id      text primary key,
    sender_name    text,
    sender_address text,
    reply_to       text,
    version        bigint      not null,
    updated_at     timestamptz not null
);
