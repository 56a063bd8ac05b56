-- Portfolios (carteiras): groups of customers, names unique per tenant ignoring case.
create table portfolio (
    id         uuid primary key,
    tenant_id  varchar(64)  not null,
    name       varchar(100) not null,
    created_at timestamptz  not null
);
create unique index portfolio_name on portfolio (tenant_id, lower(name));

alter table customer add constraint customer_portfolio foreign key (portfolio_id) references portfolio (id);
