-- Shared by every service (Flyway location db/outbox). Debezium relays outbox rows to Kafka;
-- the inbox remembers which messages a consumer has already applied.
create table outbox (
    id            uuid primary key,
    aggregatetype varchar(255) not null,
    aggregateid   varchar(255) not null,
    type          varchar(255) not null,
    payload       jsonb        not null,
    headers       jsonb        not null,
    created_at    timestamptz  not null default now()
);
create index outbox_created_at on outbox (created_at);

create table inbox (
    event_id     uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);
