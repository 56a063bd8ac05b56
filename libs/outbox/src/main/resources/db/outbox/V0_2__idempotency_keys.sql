-- Answers of requests sent with an Idempotency-Key: a replay gets the first answer back and changes nothing.
create table idempotency_key (
    tenant_id       varchar(64)  not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(200) not null,
    status          integer,
    body            text,
    created_at      timestamptz  not null default now(),
    primary key (tenant_id, idempotency_key)
);
