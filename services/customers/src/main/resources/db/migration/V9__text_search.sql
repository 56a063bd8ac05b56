-- Text search (the list's q) at a million customers: "name contains" through a trigram index, the exact external id
-- through customer_external_id; PostgreSQL combines both (BitmapOr) instead of reading every customer of the tenant.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index customer_name_trgm on customer using gin (name gin_trgm_ops) where archived_at is null;

