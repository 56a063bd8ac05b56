-- Amendments effective after the day they are recorded wait as SCHEDULED until the daily sweep applies (or rejects) them.
alter table amendment add column status varchar(20) not null default 'APPLIED';
alter table amendment add column reject_reason varchar(500);
create index amendment_scheduled on amendment (effective_date) where status = 'SCHEDULED';
