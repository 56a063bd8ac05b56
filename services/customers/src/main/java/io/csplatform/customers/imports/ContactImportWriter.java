package io.csplatform.customers.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.customers.attribute.AttributeDefinition;
import io.csplatform.customers.attribute.CustomerAttributes;
import io.csplatform.customers.contact.Contact;
import io.csplatform.customers.customer.CustomerEvents.Pending;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.Topic;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes one contacts batch in one transaction, set-based: locks the batch's customers and reads their contacts (and,
 * when the file has them, attribute values and the tenant's contact types) with one query each, applies the rows in
 * memory ({@link ContactBatchPlan}, the API's rules), then writes the changed contacts, the new ones, the attribute
 * values, the outbox events and the job's checkpoint with one statement each (arrays spread by {@code unnest}).
 */
@ApplicationScoped
public class ContactImportWriter {

    private static final Logger LOG = Logger.getLogger(ContactImportWriter.class);

    private static final String CUSTOMERS = "select id, external_id from customer where tenant_id = $1"
            + " and external_id = any($2) and archived_at is null order by id for update";
    private static final String CONTACTS = "select id, customer_id, name, email, phone, birthday, types, main, key_user,"
            + " active, created_at, updated_at from contact where tenant_id = $1 and customer_id = any($2)";
    private static final String ATTRIBUTES = "select a.contact_id, a.key, cast(a.value as text) from contact_attribute a"
            + " join contact c on c.id = a.contact_id where c.tenant_id = $1 and c.customer_id = any($2) order by a.key";
    private static final String TYPES = "select name from contact_type where tenant_id = $1 order by lower(name) for share";
    /** Step 1 of the main flag: stored contacts get their new state, but none gains the main flag yet. */
    private static final String UPDATE = "update contact c set name = u.name, email = u.email, phone = u.phone,"
            + " birthday = u.birthday, types = cast(u.types as text[]), main = u.main, key_user = u.key_user,"
            + " active = u.active, updated_at = u.updated_at"
            + " from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::bool[],"
            + " $9::bool[], $10::bool[], $11::timestamptz[])"
            + " as u(id, name, email, phone, birthday, types, main, key_user, active, updated_at)"
            + " where c.id = u.id and c.tenant_id = $1";
    /** Step 2: the new contacts, a new main among them (its old main was demoted in step 1). */
    private static final String INSERT = "insert into contact (id, tenant_id, customer_id, name, email, phone, birthday,"
            + " types, main, key_user, active, created_at, updated_at)"
            + " select u.id, $1, u.customer_id, u.name, u.email, u.phone, u.birthday, cast(u.types as text[]), u.main,"
            + " u.key_user, u.active, u.created_at, u.updated_at"
            + " from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[],"
            + " $9::bool[], $10::bool[], $11::bool[], $12::timestamptz[], $13::timestamptz[])"
            + " as u(id, customer_id, name, email, phone, birthday, types, main, key_user, active, created_at, updated_at)";
    /** Step 3: stored contacts that became main (unique index {@code contact_one_main}: after the old main left). */
    private static final String PROMOTE = "update contact set main = true where tenant_id = $1 and id = any($2)";
    private static final String UPSERT_ATTRIBUTES = "insert into contact_attribute (tenant_id, contact_id, key, value)"
            + " select $1, u.contact_id, u.key, cast(u.value as jsonb)"
            + " from unnest($2::uuid[], $3::text[], $4::text[]) as u(contact_id, key, value)"
            + " on conflict (contact_id, key) do update set value = excluded.value";
    private static final String DELETE_ATTRIBUTES = "delete from contact_attribute a using unnest($1::uuid[], $2::text[])"
            + " as u(contact_id, key) where a.contact_id = u.contact_id and a.key = u.key";
    private static final String OUTBOX = "insert into outbox (id, aggregatetype, aggregateid, type, payload, headers)"
            + " select u.id, u.aggregatetype, u.aggregateid, u.type, cast(u.payload as jsonb), cast(u.headers as jsonb)"
            + " from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])"
            + " as u(id, aggregatetype, aggregateid, type, payload, headers)";

    private final Pool pool;
    private final Clock clock;
    private final ImportCheckpoints checkpoints;
    private final String source;

    public ContactImportWriter(Pool pool, Clock clock, ImportCheckpoints checkpoints,
                               @ConfigProperty(name = "quarkus.application.name") String application) {
        this.pool = pool;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.source = "/services/" + application;
    }

    /** The database refused the batch's statements (not the checkpoint): the caller applies its rows one by one. */
    static final class Rejected extends RuntimeException {
        Rejected(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Writes the batch with its events and its checkpoint ({@code tally}: what reading the batch counted, the rows'
     * outcomes are added to a copy) in one transaction. Fails with {@link Rejected} when the database refuses the
     * batch's statements (nothing written), with {@link RunningImport.Stopped} when the lease is lost.
     */
    Uni<Void> write(RunningImport job, List<ContactImportRows.Row> batch, ImportTally read,
                    List<AttributeDefinition> definitions, ImportTimings timings) {
        ImportTally tally = read.copy();
        long[] at = {System.nanoTime()};
        boolean withAttributes = batch.stream().anyMatch(row -> row.fields().has("attributes"));
        boolean withTypes = batch.stream().anyMatch(row -> row.fields().has("types"));
        return pool.withTransaction(connection -> ImportCheckpoints.relaxedCommit(connection)
                .chain(() -> connection.preparedQuery(CUSTOMERS)
                .execute(Tuple.of(job.tenantId, batch.stream().map(ContactImportRows.Row::customerExternalId).distinct()
                        .toArray(String[]::new)))
                .chain(found -> {
                    Map<String, UUID> customers = new HashMap<>();
                    found.forEach(row -> customers.put(row.getString("external_id"), row.getUUID("id")));
                    UUID[] ids = customers.values().toArray(UUID[]::new);
                    return read(connection, job.tenantId, ids, withAttributes, withTypes, definitions)
                            .emitOn(Infrastructure.getDefaultWorkerPool())
                            .chain(plan -> {
                                at[0] = timings.add(ImportTimings.Phase.SELECT, at[0]);
                                batch.forEach(row -> apply(job, plan, customers.get(row.customerExternalId()), row, tally));
                                at[0] = timings.add(ImportTimings.Phase.VALIDATE, at[0]);
                                return statements(connection, job.tenantId, plan)
                                        .onFailure().transform(Rejected::new);
                            });
                })
                .invoke(() -> at[0] = timings.add(ImportTimings.Phase.WRITE, at[0]))
                .chain(() -> checkpoints.save(connection, job, tally))))
                .invoke(() -> at[0] = timings.add(ImportTimings.Phase.CHECKPOINT, at[0]))
                .invoke(job::checkpointed);
    }

    private Uni<ContactBatchPlan> read(SqlConnection connection, String tenantId, UUID[] customers,
                                       boolean withAttributes, boolean withTypes, List<AttributeDefinition> definitions) {
        Uni<List<Contact>> contacts = customers.length == 0 ? Uni.createFrom().item(List.of())
                : connection.preparedQuery(CONTACTS).execute(Tuple.of(tenantId, customers)).map(rows -> {
                    List<Contact> all = new ArrayList<>();
                    rows.forEach(row -> all.add(contact(tenantId, row)));
                    return all;
                });
        Uni<Map<UUID, Map<String, JsonNode>>> values = !withAttributes || customers.length == 0
                ? Uni.createFrom().item(new HashMap<>())
                : connection.preparedQuery(ATTRIBUTES).execute(Tuple.of(tenantId, customers)).map(rows -> {
                    Map<UUID, Map<String, JsonNode>> byContact = new HashMap<>();
                    rows.forEach(row -> byContact.computeIfAbsent(row.getUUID(0), id -> new LinkedHashMap<>())
                            .put(row.getString(1), CustomerAttributes.parse(row.getString(2))));
                    return byContact;
                });
        Uni<List<String>> types = !withTypes ? Uni.createFrom().item(List.of())
                : connection.preparedQuery(TYPES).execute(Tuple.of(tenantId)).map(rows -> {
                    List<String> names = new ArrayList<>();
                    rows.forEach(row -> names.add(row.getString(0)));
                    return names;
                });
        return Uni.combine().all().unis(contacts, values, types).asTuple().map(read -> {
            read.getItem1().forEach(c -> c.attributes = read.getItem2().getOrDefault(c.id, Map.of()));
            return new ContactBatchPlan(tenantId, clock, read.getItem1(), read.getItem2(), read.getItem3(), definitions);
        });
    }

    private static void apply(RunningImport job, ContactBatchPlan plan, UUID customerId, ContactImportRows.Row row,
                              ImportTally tally) {
        try {
            if (customerId == null) {
                tally.error(row.line(), ContactImportRows.CUSTOMER, "no customer with this external id");
                return;
            }
            (switch (plan.apply(customerId, row)) {
                case CREATED -> tally.created;
                case UPDATED -> tally.updated;
                case UNCHANGED -> tally.unchanged;
            }).incrementAndGet();
        } catch (ProblemException e) {
            tally.error(row.line(), e);
        } catch (RuntimeException e) {
            LOG.warnf(e, "import %s: row %d failed", job.id, row.line());
            tally.error(row.line(), "", "not imported: " + e.getMessage());
        } finally {
            tally.processed.incrementAndGet();
        }
    }

    private Uni<Void> statements(SqlConnection connection, String tenantId, ContactBatchPlan plan) {
        List<Contact> changed = List.copyOf(plan.changed.values());
        List<Contact> inserted = List.copyOf(plan.inserted.values());
        UUID[] promoted = changed.stream().filter(c -> c.main && !plan.storedMain(c.id)).map(c -> c.id)
                .toArray(UUID[]::new);
        List<ContactBatchPlan.AttributeWrite> upserts = plan.attributeWrites.values().stream()
                .filter(w -> !w.value().isNull()).toList();
        List<ContactBatchPlan.AttributeWrite> deletes = plan.attributeWrites.values().stream()
                .filter(w -> w.value().isNull()).toList();
        List<OutboxRow> outbox = plan.events.stream().map(event -> outboxRow(tenantId, event)).toList();
        return Pipelined.all(Arrays.asList(
                execute(connection, UPDATE, changed.isEmpty() ? null : Tuple.from(Arrays.asList(tenantId,
                        column(changed, UUID[]::new, c -> c.id),
                        column(changed, String[]::new, c -> c.name),
                        column(changed, String[]::new, c -> c.email),
                        column(changed, String[]::new, c -> c.phone),
                        column(changed, LocalDate[]::new, c -> c.birthday),
                        column(changed, String[]::new, c -> PgArrays.literal(c.types)),
                        column(changed, Boolean[]::new, c -> c.main && plan.storedMain(c.id)),
                        column(changed, Boolean[]::new, c -> c.keyUser),
                        column(changed, Boolean[]::new, c -> c.active),
                        column(changed, OffsetDateTime[]::new, c -> at(c.updatedAt))))),
                execute(connection, INSERT, inserted.isEmpty() ? null : Tuple.from(Arrays.asList(tenantId,
                        column(inserted, UUID[]::new, c -> c.id),
                        column(inserted, UUID[]::new, c -> c.customerId),
                        column(inserted, String[]::new, c -> c.name),
                        column(inserted, String[]::new, c -> c.email),
                        column(inserted, String[]::new, c -> c.phone),
                        column(inserted, LocalDate[]::new, c -> c.birthday),
                        column(inserted, String[]::new, c -> PgArrays.literal(c.types)),
                        column(inserted, Boolean[]::new, c -> c.main),
                        column(inserted, Boolean[]::new, c -> c.keyUser),
                        column(inserted, Boolean[]::new, c -> c.active),
                        column(inserted, OffsetDateTime[]::new, c -> at(c.createdAt)),
                        column(inserted, OffsetDateTime[]::new, c -> at(c.updatedAt))))),
                execute(connection, PROMOTE, promoted.length == 0 ? null : Tuple.of(tenantId, promoted)),
                execute(connection, DELETE_ATTRIBUTES, deletes.isEmpty() ? null : Tuple.of(
                        column(deletes, UUID[]::new, ContactBatchPlan.AttributeWrite::contactId),
                        column(deletes, String[]::new, ContactBatchPlan.AttributeWrite::key))),
                execute(connection, UPSERT_ATTRIBUTES, upserts.isEmpty() ? null : Tuple.of(tenantId,
                        column(upserts, UUID[]::new, ContactBatchPlan.AttributeWrite::contactId),
                        column(upserts, String[]::new, ContactBatchPlan.AttributeWrite::key),
                        column(upserts, String[]::new, w -> w.value().toString()))),
                execute(connection, OUTBOX, outbox.isEmpty() ? null : Tuple.of(
                        column(outbox, UUID[]::new, OutboxRow::id),
                        column(outbox, String[]::new, OutboxRow::aggregateType),
                        column(outbox, String[]::new, OutboxRow::aggregateId),
                        column(outbox, String[]::new, OutboxRow::type),
                        column(outbox, String[]::new, OutboxRow::payload),
                        column(outbox, String[]::new, OutboxRow::headers)))));
    }

    private record OutboxRow(UUID id, String aggregateType, String aggregateId, String type, String payload,
                             String headers) {
    }

    /** The outbox row {@code Publisher} writes for the event (a new chain, as for a user's request). */
    private OutboxRow outboxRow(String tenantId, ContactBatchPlan.Event event) {
        Pending<?> pending = event.pending();
        EventHeaders headers = EventHeaders.origin(source, pending.type(), tenantId, event.customerId(), event.at());
        return new OutboxRow(headers.id(), Topic.CUSTOMERS_EVENTS.routingKey(), Topic.key(tenantId, event.customerId()),
                headers.type(), EventJson.write(pending.payload()), EventJson.write(headers.toMap()));
    }

    private static Contact contact(String tenantId, Row row) {
        Contact c = new Contact();
        c.id = row.getUUID("id");
        c.tenantId = tenantId;
        c.customerId = row.getUUID("customer_id");
        c.name = row.getString("name");
        c.email = row.getString("email");
        c.phone = row.getString("phone");
        c.birthday = row.getLocalDate("birthday");
        c.types = row.getArrayOfStrings("types");
        c.main = row.getBoolean("main");
        c.keyUser = row.getBoolean("key_user");
        c.active = row.getBoolean("active");
        c.createdAt = instant(row.getOffsetDateTime("created_at"));
        c.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        return c;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static <R, V> V[] column(Collection<R> rows, IntFunction<V[]> array, Function<R, V> value) {
        V[] values = array.apply(rows.size());
        int i = 0;
        for (R row : rows) {
            values[i++] = value.apply(row);
        }
        return values;
    }

    /** The statement, or null without parameters (nothing to write). */
    private static Uni<Void> execute(SqlConnection connection, String sql, Tuple parameters) {
        return parameters == null ? null : connection.preparedQuery(sql).execute(parameters).replaceWithVoid();
    }
}
