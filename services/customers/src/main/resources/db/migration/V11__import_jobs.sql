-- CSV imports (customers or contacts) kept in the database, so any replica answers their progress and a job whose
-- worker died (crash, restart, deploy) is resumed by another instance from its last checkpoint (ImportSweep).
-- checkpoint_line: the last CSV line (1 = header) whose rows are counted here; it moves in the same transaction as
-- the rows of each batch. lease_owner/lease_until: the instance working on it; an expired lease may be claimed.
create table import_job (
    id              uuid         primary key,
    tenant_id       varchar(64)  not null,
    kind            varchar(16)  not null check (kind in ('customers', 'contacts')),
    status          varchar(16)  not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    processed       integer      not null default 0,
    created         integer      not null default 0,
    updated         integer      not null default 0,
    unchanged       integer      not null default 0,
    failed          integer      not null default 0,
    checkpoint_line bigint       not null default 1,
    failure         text,
    created_at      timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    lease_owner     varchar(200),
    lease_until     timestamptz
);
create index import_job_tenant on import_job (tenant_id, id);
create index import_job_lease on import_job (lease_until) where status in ('QUEUED', 'RUNNING');
create index import_job_finished on import_job (finished_at) where finished_at is not null;

-- The first 1,000 row errors of a job (import_job.failed has the total).
create table import_job_error (
    job_id     uuid        not null references import_job (id) on delete cascade,
    tenant_id  varchar(64) not null,
    row_number bigint      not null,
    field      text        not null,
    message    text        not null,
    primary key (job_id, row_number)
);

-- The uploaded file, in chunks of 1 MiB, until its job ends.
create table import_upload (
    job_id    uuid        not null references import_job (id) on delete cascade,
    seq       integer     not null,
    tenant_id varchar(64) not null,
    data      bytea       not null,
    primary key (job_id, seq)
);
