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
import java.io.InputStream;
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
public class ContactImportService {

    private static final Logger LOG = Logger.getLogger(ContactImportService.class);
    private static final int BATCH = 500;
    private static final int PARALLEL = 8;
    private static final String CUSTOMERS = "select id, external_id from customer where tenant_id = $1"
            + " and external_id = any($2) and archived_at is null";

    private final ContactService contacts;
    private final CustomerAttributes attributes;
    private final Pool pool;
    private final ImportJobs jobs;

    public ContactImportService(ContactService contacts, CustomerAttributes attributes, Pool pool, ImportJobs jobs) {
        this.contacts = contacts;
        this.attributes = attributes;
        this.pool = pool;
        this.jobs = jobs;
    }

    /** Stores the upload, checks its header against the tenant's contact attributes and starts; blocking. */
    public ImportJob.View start(String tenantId, InputStream csv) {
        CsvUpload upload = CsvUpload.store(csv);
        ContactImportRows rows;
        try {
            List<AttributeDefinition> definitions = VertxContextSupport.subscribeAndAwait(
                    () -> attributes.definitions(tenantId, CustomerAttributes.CONTACT));
            rows = new ContactImportRows(upload.header, definitions);
        } catch (ProblemException e) {
            upload.close();
            throw e;
        } catch (Throwable e) {
            upload.close();
            throw new IllegalStateException("cannot read the contact attributes", e);
        }
        return jobs.launch(tenantId, upload, job -> run(job, rows, upload));
    }

    private void run(ImportJob job, ContactImportRows rows, CsvUpload upload) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<ContactImportRows.Row> batch = new ArrayList<>();
            for (var row = upload.next(job, rows::parse); row != null; row = upload.next(job, rows::parse)) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    write(job, batch, workers);
                    batch = new ArrayList<>();
                }
            }
            write(job, batch, workers);
        } finally {
            workers.shutdown();
        }
    }

    /** Resolves the batch's customers in one query, then applies each customer's rows in order on one worker. */
    private void write(ImportJob job, List<ContactImportRows.Row> batch, ExecutorService workers) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, UUID> customers = new HashMap<>();
        pool.preparedQuery(CUSTOMERS).execute(Tuple.of(job.tenantId, batch.stream()
                        .map(ContactImportRows.Row::customerExternalId).distinct().toArray(String[]::new)))
                .await().indefinitely()
                .forEach(row -> customers.put(row.getString("external_id"), row.getUUID("id")));
        Map<UUID, List<ContactImportRows.Row>> byCustomer = new LinkedHashMap<>();
        for (ContactImportRows.Row row : batch) {
            UUID customerId = customers.get(row.customerExternalId());
            if (customerId == null) {
                job.error(row.line(), ContactImportRows.CUSTOMER, "no customer with this external id");
                job.processed.incrementAndGet();
            } else {
                byCustomer.computeIfAbsent(customerId, id -> new ArrayList<>()).add(row);
            }
        }
        byCustomer.entrySet().stream()
                .map(entry -> CompletableFuture.runAsync(
                        () -> entry.getValue().forEach(row -> apply(job, entry.getKey(), row)), workers))
                .toList()
                .forEach(CompletableFuture::join);
    }

    private void apply(ImportJob job, UUID customerId, ContactImportRows.Row row) {
        try {
            ContactService.Upsert outcome = VertxContextSupport.subscribeAndAwait(() -> upsert(job.tenantId, customerId, row));
            (switch (outcome) {
                case CREATED -> job.created;
                case UPDATED -> job.updated;
                case UNCHANGED -> job.unchanged;
            }).incrementAndGet();
        } catch (ProblemException e) {
            job.error(row.line(), e);
        } catch (Throwable e) {
            LOG.warnf(e, "import %s: row %d failed", job.id, row.line());
            job.error(row.line(), "", "not imported: " + e.getMessage());
        } finally {
            job.processed.incrementAndGet();
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
