package io.csplatform.customers.customer;

import io.csplatform.customers.support.JsonFields;

/** The customer fields a client may set on create and change with a merge patch. */
final class CustomerFields {

    static final JsonFields<Customer> FIELDS = new JsonFields<Customer>()
            .text("name", 200, true, c -> c.name, (c, v) -> c.name = v)
            .text("externalId", 100, false, c -> c.externalId, (c, v) -> c.externalId = v)
            .text("status", 40, true, c -> c.status, (c, v) -> c.status = v)
            .date("registrationDate", c -> c.registrationDate, (c, v) -> c.registrationDate = v)
            .date("startDate", c -> c.startDate, (c, v) -> c.startDate = v)
            .date("endDate", c -> c.endDate, (c, v) -> c.endDate = v)
            .text("plan", 100, false, c -> c.plan, (c, v) -> c.plan = v)
            .list("products", c -> c.products, (c, v) -> c.products = v)
            .list("services", c -> c.services, (c, v) -> c.services = v)
            .list("groups", c -> c.groups, (c, v) -> c.groups = v)
            .list("segments", c -> c.segments, (c, v) -> c.segments = v)
            .list("tags", c -> c.tags, (c, v) -> c.tags = v)
            .uuid("parentId", c -> c.parentId, (c, v) -> c.parentId = v)
            .uuid("portfolioId", c -> c.portfolioId, (c, v) -> c.portfolioId = v);

    private CustomerFields() {
    }
}
