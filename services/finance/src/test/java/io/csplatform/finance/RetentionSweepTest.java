package io.csplatform.finance;

import io.csplatform.devstack.DevStack;
import io.csplatform.outbox.RetentionSweep;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * libs/outbox RetentionSweep on the finance schema: 50,000 relayed outbox rows, 50,000 expired inbox rows and 50,000
 * expired idempotency keys go, in batches, while a writer keeps inserting outbox rows without waiting; what is not
 * past its retention stays.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "finance"))
class RetentionSweepTest {

    private static final int ROWS = 50_000;
    private static final String MARK = "retention-test";

    @Inject
    RetentionSweep sweep;

    @Test
    void theSweepRemovesEveryExpiredRowInBatchesAndAConcurrentWriterIsNotBlocked() throws Throwable {
        String tag = MARK + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("insert into outbox (id, aggregatetype, aggregateid, type, payload, headers, created_at)"
                    + " select gen_random_uuid(), '" + MARK + "', '" + tag + "', 'old', '{}', '{}', now() - interval '2 hours'"
                    + " from generate_series(1, " + ROWS + ")");
            sql.execute("insert into outbox (id, aggregatetype, aggregateid, type, payload, headers)"
                    + " select gen_random_uuid(), '" + MARK + "', '" + tag + "', 'fresh', '{}', '{}' from generate_series(1, 10)");
            sql.execute("insert into inbox (event_id, consumer, processed_at) select gen_random_uuid(), '" + tag + "',"
                    + " now() - interval '15 days' from generate_series(1, " + ROWS + ")");
            sql.execute("insert into inbox (event_id, consumer) select gen_random_uuid(), '" + tag + "'"
                    + " from generate_series(1, 10)");
            sql.execute("insert into idempotency_key (tenant_id, idempotency_key, fingerprint, created_at)"
                    + " select '" + tag + "', 'old-' || g, 'f', now() - interval '2 days' from generate_series(1, " + ROWS + ") g");
            sql.execute("insert into idempotency_key (tenant_id, idempotency_key, fingerprint)"
                    + " select '" + tag + "', 'fresh-' || g, 'f' from generate_series(1, 10) g");
        }

        AtomicBoolean sweeping = new AtomicBoolean(true);
        AtomicLong slowestInsertNanos = new AtomicLong();
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (Connection db = connect(); var insert = db.prepareStatement(
                    "insert into outbox (id, aggregatetype, aggregateid, type, payload, headers)"
                            + " values (gen_random_uuid(), '" + MARK + "', ?, 'writer', '{}', '{}')")) {
                while (sweeping.get() || written.get() < 20) {
                    long start = System.nanoTime();
                    insert.setString(1, tag);
                    insert.executeUpdate();
                    slowestInsertNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                    written.incrementAndGet();
                    Thread.sleep(5);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        RetentionSweep.Removed removed;
        try {
            removed = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(Instant.now()));
        } finally {
            sweeping.set(false);
        }
        writer.join();

        assertThat(removed.outbox()).isGreaterThanOrEqualTo(ROWS);
        assertThat(removed.inbox()).isGreaterThanOrEqualTo(ROWS);
        assertThat(removed.idempotencyKeys()).isGreaterThanOrEqualTo(ROWS);
        assertThat(count("select count(*) from outbox where aggregateid = '" + tag + "' and type = 'old'")).isZero();
        assertThat(count("select count(*) from outbox where aggregateid = '" + tag + "' and type = 'fresh'")).isEqualTo(10);
        assertThat(count("select count(*) from outbox where aggregateid = '" + tag + "' and type = 'writer'"))
                .isEqualTo(written.get());
        assertThat(count("select count(*) from inbox where consumer = '" + tag + "'")).isEqualTo(10);
        assertThat(count("select count(*) from idempotency_key where tenant_id = '" + tag + "'")).isEqualTo(10);
        assertThat(slowestInsertNanos.get() / 1_000_000).as("slowest writer insert (ms) during the sweep")
                .isLessThan(1_000);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(Instant.now())).outbox()).isZero();
    }

    private static long count(String query) throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement(); var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        DevStack stack = TestPlatform.stack();
        return DriverManager.getConnection(stack.jdbcUrl("finance"), stack.postgresUser(), stack.postgresPassword());
    }
}
