package io.csplatform.customers.imports;

import io.csplatform.customers.attribute.AttributeDefinition;
import io.csplatform.customers.attribute.CustomerAttributes;
import io.csplatform.customers.contact.Contact;
import io.csplatform.customers.contact.ContactService;
import io.csplatform.rest.ProblemException;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * CSV imports of contacts into existing customers. Every row goes through {@link ContactService}, so an imported
 * contact obeys the API's rules (one main contact, known contact types, typed attributes) and publishes the same
 * events. Rows are read in batches of {@value #BATCH}; the rows of one customer are applied in file order, different
 * customers {@value #PARALLEL} at a time.
 */
@ApplicationScoped
public class ContactImportService implements ImportKind {

    static final String KIND = "contacts";

    private static final Logger LOG = Logger.getLogger(ContactImportService.class);
    private static final int BATCH = 500;
    private static final int PARALLEL = 8;
    private static final String CUSTOMERS = "select id, external_id from customer where tenant_id = $1"
            + " and external_id = any($2) and archived_at is null";

    private final ContactService contacts;
    private final CustomerAttributes attributes;
    private final Pool pool;
    private final ImportCheckpoints checkpoints;

    public ContactImportService(ContactService contacts, CustomerAttributes attributes, Pool pool,
                                ImportCheckpoints checkpoints) {
        this.contacts = contacts;
        this.attributes = attributes;
        this.pool = pool;
        this.checkpoints = checkpoints;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** Checks the header against the tenant's contact attributes. */
    @Override
    public void check(String tenantId, List<String> header) {
        rows(tenantId, header);
    }

    /**
     * Each batch's tally is checkpointed once its rows are applied (each row commits on its own through the contact
     * service): a resume repeats at most the rows of the batch a crash interrupted, as upserts matched by e-mail or
     * name, so it creates no second contact (a repeated row counts as unchanged).
     */
    @Override
    public void run(RunningImport job, CsvUpload upload) throws IOException {
        ContactImportRows rows = rows(job.tenantId, upload.header);
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<ContactImportRows.Row> batch = new ArrayList<>();
            ImportTally tally = new ImportTally();
            for (var row = upload.next(tally, rows::parse); row != null; row = upload.next(tally, rows::parse)) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    tally.endLine = row.line();
                    write(job, batch, tally, workers);
                    batch = new ArrayList<>();
                    tally = new ImportTally();
                }
            }
            tally.endLine = upload.line();
            if (!batch.isEmpty() || !tally.isEmpty()) {
                write(job, batch, tally, workers);
            }
        } finally {
            workers.shutdown();
        }
    }

    private ContactImportRows rows(String tenantId, List<String> header) {
        try {
            List<AttributeDefinition> definitions = VertxContextSupport.subscribeAndAwait(
                    () -> attributes.definitions(tenantId, CustomerAttributes.CONTACT));
            return new ContactImportRows(header, definitions);
        } catch (ProblemException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the contact attributes", e);
        }
    }

    /** Resolves the batch's customers in one query, then applies each customer's rows in order on one worker. */
    private void write(RunningImport job, List<ContactImportRows.Row> batch, ImportTally tally, ExecutorService workers) {
        Map<String, UUID> customers = new HashMap<>();
        pool.preparedQuery(CUSTOMERS).execute(Tuple.of(job.tenantId, batch.stream()
                        .map(ContactImportRows.Row::customerExternalId).distinct().toArray(String[]::new)))
                .await().indefinitely()
                .forEach(row -> customers.put(row.getString("external_id"), row.getUUID("id")));
        Map<UUID, List<ContactImportRows.Row>> byCustomer = new LinkedHashMap<>();
        for (ContactImportRows.Row row : batch) {
            UUID customerId = customers.get(row.customerExternalId());
            if (customerId == null) {
                tally.error(row.line(), ContactImportRows.CUSTOMER, "no customer with this external id");
                tally.processed.incrementAndGet();
            } else {
                byCustomer.computeIfAbsent(customerId, id -> new ArrayList<>()).add(row);
            }
        }
        byCustomer.entrySet().stream()
                .map(entry -> CompletableFuture.runAsync(
                        () -> entry.getValue().forEach(row -> apply(job, tally, entry.getKey(), row)), workers))
                .toList()
                .forEach(CompletableFuture::join);
        checkpoints.save(job, tally).await().indefinitely();
        job.checkpointed();
    }

    private void apply(RunningImport job, ImportTally tally, UUID customerId, ContactImportRows.Row row) {
        try {
            ContactService.Upsert outcome = VertxContextSupport.subscribeAndAwait(() -> upsert(job.tenantId, customerId, row));
            (switch (outcome) {
                case CREATED -> tally.created;
                case UPDATED -> tally.updated;
                case UNCHANGED -> tally.unchanged;
            }).incrementAndGet();
        } catch (ProblemException e) {
            tally.error(row.line(), e);
        } catch (Throwable e) {
            LOG.warnf(e, "import %s: row %d failed", job.id, row.line());
            tally.error(row.line(), "", "not imported: " + e.getMessage());
        } finally {
            tally.processed.incrementAndGet();
        }
    }

    /** Updates the customer's contact with the row's e-mail (or, without one, its name); else creates one. */
    private Uni<ContactService.Upsert> upsert(String tenantId, UUID customerId, ContactImportRows.Row row) {
        return contacts.upsert(tenantId, customerId, contact -> matches(contact, row), row.fields())
                .onItem().ifNull().failWith(() -> ProblemException.invalidField(ContactImportRows.CUSTOMER,
                        "no customer with this external id"));
    }

    private static boolean matches(Contact contact, ContactImportRows.Row row) {
        return row.email() != null ? row.email().equalsIgnoreCase(contact.email)
                : contact.email == null && row.name().equalsIgnoreCase(contact.name);
    }
}
