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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes one import batch in one transaction with batched statements: the customers (created or changed, compared
 * field by field with the same rules as the API), the main contacts of new customers, their outbox events and the
 * job's checkpoint.
 * Rows are validated with {@link CustomerService#apply}; it uses the SQL client directly because 100k rows through
 * entity sessions would not import in well under a minute.
 */
@ApplicationScoped
public class ImportWriter {

    private static final String COLUMNS = "id, external_id, name, status, registration_date, start_date, end_date, plan,"
            + " products, services, groups, segments, tags";
    private static final String SELECT = "select " + COLUMNS + " from customer where tenant_id = $1 and external_id = any($2)"
            + " for update";
    /** Rows travel as one array per column and are spread by {@code unnest}: a handful of parameters per batch. */
    private static final String INSERT = "insert into customer (" + COLUMNS + ", tenant_id, created_at)"
            + " select u.id, u.external_id, u.name, u.status, u.registration_date, u.start_date, u.end_date, u.plan,"
            + " cast(u.products as text[]), cast(u.services as text[]), cast(u.groups as text[]),"
            + " cast(u.segments as text[]), cast(u.tags as text[]), $14, $15"
            + " from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::date[], $8::text[],"
            + " $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])"
            + " as u(" + COLUMNS + ")";
    private static final String UPDATE = "update customer set external_id = $2, name = $3, status = $4, registration_date = $5,"
            + " start_date = $6, end_date = $7, plan = $8, products = $9, services = $10, groups = $11, segments = $12,"
            + " tags = $13, updated_at = $15 where id = $1 and tenant_id = $14";
    private static final String CONTACT = "insert into contact (id, tenant_id, customer_id, name, email, created_at, main)"
            + " select u.id, $1, u.customer_id, u.name, u.email, $2, true"
            + " from unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[]) as u(id, customer_id, name, email)";
    private static final String OUTBOX = "insert into outbox (id, aggregatetype, aggregateid, type, payload, headers)"
            + " select u.id, u.aggregatetype, u.aggregateid, u.type, cast(u.payload as jsonb), cast(u.headers as jsonb)"
            + " from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])"
            + " as u(id, aggregatetype, aggregateid, type, payload, headers)";

    private final Pool pool;
    private final Clock clock;
    private final ImportCheckpoints checkpoints;
    private final String source;

    public ImportWriter(Pool pool, Clock clock, ImportCheckpoints checkpoints,
                        @ConfigProperty(name = "quarkus.application.name") String application) {
        this.pool = pool;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.source = "/services/" + application;
    }

    /**
     * Writes the batch and its checkpoint in one transaction; validation and statement building run on a worker
     * thread, never on the event loop. The checkpoint waits for {@code previous} (the batch before, written
     * concurrently) so that checkpoints commit in file order. A batch the database refuses is reported row by row
     * and checkpointed on its own; a lost lease or a stopped worker fails the returned Uni.
     */
    Uni<Void> write(RunningImport job, ImportBatch batch, Set<String> statuses, CompletableFuture<Void> previous,
                    ImportTimings timings) {
        ImportTally tally = batch.read.copy();
        long[] at = {System.nanoTime()};
        return pool.withTransaction(connection -> ImportCheckpoints.relaxedCommit(connection)
                .chain(() -> connection.preparedQuery(SELECT)
                        .execute(Tuple.of(job.tenantId, batch.externalIds().toArray(String[]::new)))
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .chain(found -> {
                            at[0] = timings.add(ImportTimings.Phase.SELECT, at[0]);
                            Map<String, Customer> existing = new HashMap<>();
                            found.forEach(row -> existing.put(row.getString("external_id"), customer(job.tenantId, row)));
                            Statements statements = new Statements(job.tenantId, clock.instant());
                            batch.rows.values().forEach(row -> apply(job, row, existing.get(row.externalId()), statuses,
                                    statements, tally));
                            at[0] = timings.add(ImportTimings.Phase.VALIDATE, at[0]);
                            return statements.run(connection).onFailure().transform(Rejected::new);
                        })
                        .invoke(() -> at[0] = timings.add(ImportTimings.Phase.WRITE, at[0]))
                        .chain(() -> after(previous))
                        .invoke(() -> at[0] = timings.add(ImportTimings.Phase.WAIT_FOR_PREVIOUS, at[0]))
                        .invoke(() -> tally.processed.addAndGet(batch.rows.size()))
                        .chain(() -> checkpoints.save(connection, job, tally))))
                .invoke(() -> at[0] = timings.add(ImportTimings.Phase.CHECKPOINT, at[0]))
                .onFailure(Rejected.class).recoverWithUni(failure -> after(previous).chain(() -> {
                    ImportTally rejected = batch.read.copy();
                    batch.rows.values().forEach(row -> rejected.error(row.line(), "",
                            "batch rejected: " + failure.getCause().getMessage()));
                    rejected.processed.addAndGet(batch.rows.size());
                    return checkpoints.save(job, rejected);
                }))
                .invoke(job::checkpointed);
    }

    private static Uni<Void> after(CompletableFuture<Void> previous) {
        return Uni.createFrom().completionStage(previous);
    }

    /** The database refused the batch's statements (not the checkpoint): its rows are reported, the import goes on. */
    private static final class Rejected extends RuntimeException {
        Rejected(Throwable cause) {
            super(cause);
        }
    }

    private void apply(RunningImport job, ImportBatch.Row row, Customer existing, Set<String> statuses, Statements out,
                       ImportTally counts) {
        Instant now = out.now;
        Customer customer = existing == null ? fresh(job.tenantId, now) : existing;
        Map<String, FieldChange> changes;
        try {
            changes = CustomerService.apply(customer, row.fields());
            if (!statuses.contains(customer.status)) {
                throw ProblemException.invalidField("status", "unknown status '" + customer.status + "'");
            }
        } catch (ProblemException e) {
            counts.error(row.line(), e);
            return;
        }
        if (existing == null) {
            out.inserts.add(customer);
            UUID contactId = row.contactName() == null ? null : UUID.randomUUID();
            if (contactId != null) {
                out.contacts.add(new NewContact(contactId, customer.id, row.contactName(), row.contactEmail()));
            }
            out.event(source, customer, new Pending<>(CustomerMessages.CUSTOMER_CREATED, CustomerEvents.created(customer,
                    contactId == null ? null : new CustomerCreated.Contact(contactId, row.contactName(), row.contactEmail()),
                    Map.of())));
            counts.created.incrementAndGet();
        } else if (!changes.isEmpty()) {
            out.updates.add(values(customer).addValue(job.tenantId).addValue(at(now)));
            CustomerEvents.of(customer, changes).forEach(event -> out.event(source, customer, event));
            counts.updated.incrementAndGet();
        } else {
            counts.unchanged.incrementAndGet();
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

    private record NewContact(UUID id, UUID customerId, String name, String email) {
    }

    private record OutboxRow(UUID id, String aggregateType, String aggregateId, String type, String payload,
                             String headers) {
    }

    /** One batch's writes: inserts go as one array per column ({@code unnest}), the rare updates as a batch. */
    private static final class Statements {
        final String tenantId;
        final Instant now;
        final List<Customer> inserts = new ArrayList<>();
        final List<Tuple> updates = new ArrayList<>();
        final List<NewContact> contacts = new ArrayList<>();
        final List<OutboxRow> outbox = new ArrayList<>();

        Statements(String tenantId, Instant now) {
            this.tenantId = tenantId;
            this.now = now;
        }

        <T> void event(String source, Customer customer, Pending<T> event) {
            EventHeaders headers = EventHeaders.origin(source, event.type(), customer.tenantId, customer.id, now);
            outbox.add(new OutboxRow(headers.id(), Topic.CUSTOMERS_EVENTS.routingKey(),
                    Topic.key(customer.tenantId, customer.id), headers.type(), EventJson.write(event.payload()),
                    EventJson.write(headers.toMap())));
        }

        Uni<Void> run(SqlConnection connection) {
            return Pipelined.all(Arrays.asList(
                    execute(connection, INSERT, inserts.isEmpty() ? null : customers()),
                    updates.isEmpty() ? null : connection.preparedQuery(UPDATE).executeBatch(updates).replaceWithVoid(),
                    execute(connection, CONTACT, contacts.isEmpty() ? null : Tuple.of(tenantId, at(now),
                            column(contacts, UUID[]::new, NewContact::id),
                            column(contacts, UUID[]::new, NewContact::customerId),
                            column(contacts, String[]::new, NewContact::name),
                            column(contacts, String[]::new, NewContact::email))),
                    execute(connection, OUTBOX, outbox.isEmpty() ? null : Tuple.of(
                            column(outbox, UUID[]::new, OutboxRow::id),
                            column(outbox, String[]::new, OutboxRow::aggregateType),
                            column(outbox, String[]::new, OutboxRow::aggregateId),
                            column(outbox, String[]::new, OutboxRow::type),
                            column(outbox, String[]::new, OutboxRow::payload),
                            column(outbox, String[]::new, OutboxRow::headers)))));
        }

        private Tuple customers() {
            return Tuple.from(Arrays.asList(
                    column(inserts, UUID[]::new, c -> c.id),
                    column(inserts, String[]::new, c -> c.externalId),
                    column(inserts, String[]::new, c -> c.name),
                    column(inserts, String[]::new, c -> c.status),
                    column(inserts, LocalDate[]::new, c -> c.registrationDate),
                    column(inserts, LocalDate[]::new, c -> c.startDate),
                    column(inserts, LocalDate[]::new, c -> c.endDate),
                    column(inserts, String[]::new, c -> c.plan),
                    column(inserts, String[]::new, c -> PgArrays.literal(c.products)),
                    column(inserts, String[]::new, c -> PgArrays.literal(c.services)),
                    column(inserts, String[]::new, c -> PgArrays.literal(c.groups)),
                    column(inserts, String[]::new, c -> PgArrays.literal(c.segments)),
                    column(inserts, String[]::new, c -> PgArrays.literal(c.tags)),
                    tenantId, at(now)));
        }

        private static <R, V> V[] column(List<R> rows, IntFunction<V[]> array, Function<R, V> value) {
            V[] values = array.apply(rows.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = value.apply(rows.get(i));
            }
            return values;
        }

        /** The statement, or null without parameters (nothing to write). */
        private static Uni<Void> execute(SqlConnection connection, String sql, Tuple parameters) {
            return parameters == null ? null : connection.preparedQuery(sql).execute(parameters).replaceWithVoid();
        }
    }
}
