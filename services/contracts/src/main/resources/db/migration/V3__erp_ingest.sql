-- The ERP's version of each contract it sent: an older version than the one applied is refused.
alter table contract add column erp_version bigint;
