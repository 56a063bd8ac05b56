package io.csplatform.customers.imports;

import io.csplatform.customers.attribute.AttributeDefinition;
import io.csplatform.customers.attribute.CustomerAttributes;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CSV imports of contacts into existing customers, {@value #BATCH} rows per transaction: {@link ContactImportWriter}
 * applies a batch in memory with the API's contact rules ({@code ContactRules}: one main contact, known contact types,
 * typed attributes) and writes it, its events and its checkpoint with a few set-based statements; rows apply in file
 * order. A batch the database refuses is applied again row by row through {@link ContactService}, each row in its
 * own transaction, so that only the rows at fault fail.
 */
@ApplicationScoped
public class ContactImportService implements ImportKind {

    static final String KIND = "contacts";

    private static final Logger LOG = Logger.getLogger(ContactImportService.class);
    static final int BATCH = 1000;
    private static final int PARALLEL = 4;
    private static final String CUSTOMERS = "select id, external_id from customer where tenant_id = $1"
            + " and external_id = any($2) and archived_at is null";

    private final ContactService contacts;
    private final CustomerAttributes attributes;
    private final Pool pool;
    private final ImportCheckpoints checkpoints;
    private final ContactImportWriter writer;
    private final AtomicInteger refusedBatches = new AtomicInteger();

    public ContactImportService(ContactService contacts, CustomerAttributes attributes, Pool pool,
                                ImportCheckpoints checkpoints, ContactImportWriter writer) {
        this.contacts = contacts;
        this.attributes = attributes;
        this.pool = pool;
        this.checkpoints = checkpoints;
        this.writer = writer;
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
     * Each batch commits with its checkpoint: a resume starts right after the last committed batch, so every row is
     * applied once. (A batch applied row by row commits each row on its own and checkpoints after them: a crash in
     * between repeats those rows as upserts matched by e-mail or name, which create no second contact.)
     */
    @Override
    public void run(RunningImport job, CsvUpload upload) throws IOException {
        ContactImportRows rows = rows(job.tenantId, upload.header);
        List<AttributeDefinition> definitions = rows.definitions();
        ImportTimings timings = new ImportTimings();
        InFlight writing = null;
        List<ContactImportRows.Row> batch = new ArrayList<>();
        ImportTally tally = new ImportTally();
        long at = System.nanoTime();
        for (var row = upload.next(tally, rows::parse); row != null; row = upload.next(tally, rows::parse)) {
            at = timings.add(ImportTimings.Phase.READ, at);
            batch.add(row);
            if (batch.size() == BATCH) {
                tally.endLine = row.line();
                writing = next(writing, new InFlight(job, batch, tally, definitions, timings));
                batch = new ArrayList<>();
                tally = new ImportTally();
                at = timings.add(ImportTimings.Phase.WAIT_FOR_SLOT, at);
            }
        }
        tally.endLine = upload.line();
        if (!batch.isEmpty() || !tally.isEmpty()) {
            writing = next(writing, new InFlight(job, batch, tally, definitions, timings));
        }
        if (writing != null) {
            writing.finish();
        }
        LOG.infof("import %s: %s", job.id, timings);
    }

    /**
     * Finishes the batch being written, then starts writing {@code batch}: one batch is written (its rows applied
     * in memory on a worker thread, then its statements) while this thread reads and parses the next one. Batches
     * are written one after the other, so the rows apply in file order.
     */
    private InFlight next(InFlight writing, InFlight batch) {
        if (writing != null) {
            writing.finish();
        }
        batch.start();
        return batch;
    }

    /** A batch being written; {@link #finish} waits for it and applies it row by row if the database refused it. */
    private final class InFlight {
        final RunningImport job;
        final List<ContactImportRows.Row> rows;
        final ImportTally tally;
        final List<AttributeDefinition> definitions;
        final ImportTimings timings;
        CompletableFuture<Void> done;

        InFlight(RunningImport job, List<ContactImportRows.Row> rows, ImportTally tally,
                 List<AttributeDefinition> definitions, ImportTimings timings) {
            this.job = job;
            this.rows = rows;
            this.tally = tally;
            this.definitions = definitions;
            this.timings = timings;
        }

        void start() {
            done = writer.write(job, rows, tally, definitions, timings).subscribeAsCompletionStage();
        }

        void finish() {
            try {
                done.join();
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof ContactImportWriter.Rejected rejected)) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
                }
                LOG.warnf("import %s: batch up to line %d refused (%s); applying its rows one by one", job.id,
                        tally.endLine, rejected.getCause().getMessage());
                refusedBatches.incrementAndGet();
                rowByRow(job, rows, tally);
            }
        }
    }

    /** How many batches the database refused since this instance started (applied row by row instead); for tests. */
    int refusedBatches() {
        return refusedBatches.get();
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
    private void rowByRow(RunningImport job, List<ContactImportRows.Row> batch, ImportTally tally) {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try {
            rowByRow(job, batch, tally, workers);
        } finally {
            workers.shutdown();
        }
    }

    private void rowByRow(RunningImport job, List<ContactImportRows.Row> batch, ImportTally tally,
                          ExecutorService workers) {
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
        return contacts.upsert(tenantId, customerId,
                        contact -> ContactBatchPlan.matches(contact, row.email(), row.name()), row.fields())
                .onItem().ifNull().failWith(() -> ProblemException.invalidField(ContactImportRows.CUSTOMER,
                        "no customer with this external id"));
    }
}
