package io.csplatform.customers.imports;

import io.csplatform.customers.customer.Customer;
import io.csplatform.customers.customer.CustomerEvents;
import io.csplatform.customers.customer.CustomerEvents.Pending;
import io.csplatform.customers.customer.CustomerService;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one import batch in one transaction with batched statements: the customers (created or changed, compared
 * field by field with the same rules as the API), the main contacts of new customers and their outbox events.
 * Rows are validated with {@link CustomerService#apply}; it uses the SQL client directly because 100k rows through
 * entity sessions would not import in well under a minute.
 */
@ApplicationScoped
public class ImportWriter {

    private static final String COLUMNS = "id, external_id, name, status, registration_date, start_date, end_date, plan,"
            + " products, services, groups, segments, tags";
    private static final String SELECT = "select " + COLUMNS + " from customer where tenant_id = $1 and external_id = any($2)"
            + " for update";
    private static final String INSERT = "insert into customer (" + COLUMNS + ", tenant_id, created_at)";
    private static final String UPDATE = "update customer set external_id = $2, name = $3, status = $4, registration_date = $5,"
            + " start_date = $6, end_date = $7, plan = $8, products = $9, services = $10, groups = $11, segments = $12,"
            + " tags = $13, updated_at = $15 where id = $1 and tenant_id = $14";
    private static final String CONTACT = "insert into contact (id, tenant_id, customer_id, name, email, created_at, main)";
    private static final String OUTBOX = "insert into outbox (id, aggregatetype, aggregateid, type, payload, headers)";
    private static final String PARAM = "$";
    private static final String JSONB = "cast(cast($ as text) as jsonb)";
    private static final List<String> CUSTOMER_VALUES = java.util.Collections.nCopies(15, PARAM);
    private static final List<String> CONTACT_VALUES = List.of(PARAM, PARAM, PARAM, PARAM, PARAM, PARAM, "true");
    private static final List<String> OUTBOX_VALUES = List.of(PARAM, PARAM, PARAM, PARAM, JSONB, JSONB);

    private final Pool pool;
    private final Clock clock;
    private final String source;

    public ImportWriter(Pool pool, Clock clock, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.pool = pool;
        this.clock = clock;
        this.source = "/services/" + application;
    }

    /** Validation and statement building run on a worker thread, never on the event loop. */
    Uni<Void> write(ImportJob job, ImportBatch batch, Set<String> statuses) {
        Counts counts = new Counts();
        return pool.withTransaction(connection -> connection.preparedQuery(SELECT)
                        .execute(Tuple.of(job.tenantId, batch.externalIds().toArray(String[]::new)))
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .chain(found -> {
                            Map<String, Customer> existing = new HashMap<>();
                            found.forEach(row -> existing.put(row.getString("external_id"), customer(job.tenantId, row)));
                            Statements statements = new Statements();
                            batch.rows.values().forEach(row -> apply(job, row, existing.get(row.externalId()), statuses,
                                    statements, counts));
                            return statements.run(connection);
                        }))
                .invoke(() -> counts.addTo(job))
                .onFailure().recoverWithItem(failure -> {
                    batch.rows.values().forEach(row -> job.error(row.line(), "", "batch rejected: " + failure.getMessage()));
                    return null;
                })
                .invoke(() -> job.processed.addAndGet(batch.rows.size()))
                .replaceWithVoid();
    }

    private void apply(ImportJob job, ImportBatch.Row row, Customer existing, Set<String> statuses, Statements out,
                       Counts counts) {
        Instant now = clock.instant();
        Customer customer = existing == null ? fresh(job.tenantId, now) : existing;
        Map<String, FieldChange> changes;
        try {
            changes = CustomerService.apply(customer, row.fields());
            if (!statuses.contains(customer.status)) {
                throw ProblemException.invalidField("status", "unknown status '" + customer.status + "'");
            }
        } catch (ProblemException e) {
            var error = e.problem().errors().isEmpty() ? null : e.problem().errors().get(0);
            job.error(row.line(), error == null ? "" : error.field(), error == null ? e.getMessage() : error.message());
            return;
        }
        if (existing == null) {
            out.inserts.add(values(customer).addValue(job.tenantId).addValue(at(now)));
            UUID contactId = row.contactName() == null ? null : UUID.randomUUID();
            if (contactId != null) {
                out.contacts.add(Tuple.from(Arrays.asList(contactId, job.tenantId, customer.id, row.contactName(),
                        row.contactEmail(), at(now))));
            }
            out.event(source, customer, now, new Pending<>(CustomerMessages.CUSTOMER_CREATED, new CustomerCreated(customer.id,
                    customer.name, customer.externalId, customer.status, contactId == null ? null
                    : new CustomerCreated.Contact(contactId, row.contactName(), row.contactEmail()))));
            counts.created++;
        } else if (!changes.isEmpty()) {
            out.updates.add(values(customer).addValue(job.tenantId).addValue(at(now)));
            CustomerEvents.of(customer, changes).forEach(event -> out.event(source, customer, now, event));
            counts.updated++;
        } else {
            counts.unchanged++;
        }
    }

    private static Customer fresh(String tenantId, Instant now) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.tenantId = tenantId;
        customer.status = "active";
        customer.createdAt = now;
        return customer;
    }

    private static Customer customer(String tenantId, Row row) {
        Customer c = new Customer();
        c.id = row.getUUID("id");
        c.tenantId = tenantId;
        c.externalId = row.getString("external_id");
        c.name = row.getString("name");
        c.status = row.getString("status");
        c.registrationDate = row.getLocalDate("registration_date");
        c.startDate = row.getLocalDate("start_date");
        c.endDate = row.getLocalDate("end_date");
        c.plan = row.getString("plan");
        c.products = row.getArrayOfStrings("products");
        c.services = row.getArrayOfStrings("services");
        c.groups = row.getArrayOfStrings("groups");
        c.segments = row.getArrayOfStrings("segments");
        c.tags = row.getArrayOfStrings("tags");
        return c;
    }

    private static Tuple values(Customer c) {
        return Tuple.from(Arrays.asList(c.id, c.externalId, c.name, c.status, c.registrationDate, c.startDate, c.endDate,
                c.plan, c.products, c.services, c.groups, c.segments, c.tags));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static final class Counts {
        int created;
        int updated;
        int unchanged;

        void addTo(ImportJob job) {
            job.created.addAndGet(created);
            job.updated.addAndGet(updated);
            job.unchanged.addAndGet(unchanged);
        }
    }

    private static final class Statements {
        final List<Tuple> inserts = new ArrayList<>();
        final List<Tuple> updates = new ArrayList<>();
        final List<Tuple> contacts = new ArrayList<>();
        final List<Tuple> outbox = new ArrayList<>();

        <T> void event(String source, Customer customer, Instant now, Pending<T> event) {
            EventHeaders headers = EventHeaders.origin(source, event.type(), customer.tenantId, customer.id, now);
            outbox.add(Tuple.of(headers.id(), Topic.CUSTOMERS_EVENTS.routingKey(), Topic.key(customer.tenantId, customer.id),
                    headers.type(), EventJson.write(event.payload()), EventJson.write(headers.toMap())));
        }

        /** Inserts are one multi-row statement each (far cheaper than one execution per row); updates are batched. */
        Uni<Void> run(SqlConnection connection) {
            return insert(connection, INSERT, CUSTOMER_VALUES, inserts)
                    .chain(() -> batch(connection, UPDATE, updates))
                    .chain(() -> insert(connection, CONTACT, CONTACT_VALUES, contacts))
                    .chain(() -> insert(connection, OUTBOX, OUTBOX_VALUES, outbox));
        }

        /** {@code head values (...), (...)}: each row's values placed by {@code values}, where "$" is the next parameter. */
        private static Uni<Void> insert(SqlConnection connection, String head, List<String> values, List<Tuple> rows) {
            if (rows.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            StringBuilder sql = new StringBuilder(head).append(" values ");
            Tuple parameters = Tuple.tuple();
            int next = 1;
            for (int r = 0; r < rows.size(); r++) {
                sql.append(r == 0 ? "(" : ", (");
                int column = 0;
                for (int v = 0; v < values.size(); v++) {
                    String value = values.get(v);
                    if (value.contains(PARAM)) {
                        value = value.replace(PARAM, "$" + next++);
                        parameters.addValue(rows.get(r).getValue(column++));
                    }
                    sql.append(v == 0 ? "" : ", ").append(value);
                }
                sql.append(')');
            }
            return connection.preparedQuery(sql.toString()).execute(parameters).replaceWithVoid();
        }

        private static Uni<Void> batch(SqlConnection connection, String sql, List<Tuple> tuples) {
            return tuples.isEmpty() ? Uni.createFrom().voidItem()
                    : connection.preparedQuery(sql).executeBatch(tuples).replaceWithVoid();
        }
    }
}
