package io.csplatform.runtime.facts;

import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever the arrival order and however many times an event is delivered, the projection ends up with
 * the same facts as in-order delivery. Each try draws a customer history across every topic, applies it in order to
 * one customer and shuffled with duplicates to another, and compares what the evaluator would see.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class FactsOrderTest {

    private static final String TENANT = "order-test";
    private static final int TRIES = 25;

    @Inject
    Mutiny.SessionFactory sessions;
    @Inject
    FactsProjection projection;

    @Test
    void shuffledAndRedeliveredHistoriesLeaveTheSameFactsAsInOrderDelivery() throws Throwable {
        for (long seed = 1; seed <= TRIES; seed++) {
            UUID inOrder = UUID.randomUUID();
            UUID shuffled = UUID.randomUUID();
            apply(CustomerHistory.of(seed, inOrder));
            apply(shuffledWithDuplicates(CustomerHistory.of(seed, shuffled), new Random(seed * 31)));

            Facts expected = load(inOrder);
            Facts actual = load(shuffled);
            assertThat(expected).as("seed %d: the in-order customer is known", seed).isNotNull();
            assertThat(actual).as("seed %d", seed).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .ignoringFields("customerId")
                    .isEqualTo(expected);
        }
    }

    @Test
    void anOlderTrackingRollupNeverReplacesANewerDay() throws Throwable {
        UUID customer = UUID.randomUUID();
        List<TriggerEvent> history = java.util.stream.LongStream.rangeClosed(1, 100)
                .mapToObj(seed -> CustomerHistory.of(seed, customer))
                .filter(h -> h.stream().anyMatch(e -> e.type().equals("tracking.day.rolled-up")))
                .findFirst().orElseThrow(() -> new AssertionError("no history with tracking rollups in 100 seeds"));
        List<TriggerEvent> rollups = history.stream().filter(e -> e.type().equals("tracking.day.rolled-up")).toList();
        List<TriggerEvent> reversed = new ArrayList<>(history);
        Collections.reverse(reversed);
        apply(reversed);
        Facts facts = load(customer);
        var newest = rollups.get(rollups.size() - 1).payload();
        LocalDate day = LocalDate.parse(newest.path("day").asText());
        assertThat(facts.tracking().byItem(day, day).keySet())
                .containsExactlyInAnyOrderElementsOf(newest.path("counts").findValuesAsText("userId").stream()
                        .map(u -> u + "|" + (u.equals("u1") ? "login" : "report")).distinct().toList());
        assertThat(facts.customer().name()).startsWith("Padaria");
    }

    @Test
    void dayBucketsFollowTheTenantsTimeZoneAndAnOlderSettingsCopyIsIgnored() throws Throwable {
        String tenant = "zone-" + UUID.randomUUID().toString().substring(0, 8);
        UUID customer = UUID.randomUUID();
        UUID nil = new UUID(0, 0);
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> projection.apply(session, tenant,
                        settings(nil, "Asia/Tokyo", 2))
                .chain(() -> projection.apply(session, tenant, settings(nil, "America/Sao_Paulo", 1)))));
        TriggerEvent created = new TriggerEvent(UUID.randomUUID(), "customer.created", customer,
                io.csplatform.events.EventJson.MAPPER.valueToTree(java.util.Map.of("customerId", customer, "name", "Tokyo",
                        "status", "active")), java.time.Instant.parse("2026-11-24T20:00:00Z"));
        TriggerEvent ticket = new TriggerEvent(UUID.randomUUID(), "ticket.created", customer,
                io.csplatform.events.EventJson.MAPPER.valueToTree(java.util.Map.of("ticketId", UUID.randomUUID(),
                        "customerId", customer, "subject", "late night", "status", "open", "closed", false,
                        "createdAt", "2026-11-24T20:00:00Z", "version", 1)), java.time.Instant.parse("2026-11-24T20:00:00Z"));
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> projection.apply(session, tenant, created)
                .chain(() -> projection.apply(session, tenant, ticket))));

        Facts facts = VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session ->
                projection.load(session, tenant, customer, LocalDate.of(2026, 11, 25))));
        // 20:00 UTC on the 24th is already the 25th in Tokyo
        assertThat(facts.ticketsPerDay().count(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25))).isEqualTo(1);
        assertThat(facts.ticketsPerDay().count(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24))).isZero();
    }

    private static TriggerEvent settings(UUID nil, String zone, long version) {
        return new TriggerEvent(UUID.randomUUID(), "tenant.settings.changed", nil,
                io.csplatform.events.EventJson.MAPPER.valueToTree(java.util.Map.of("tenantId", "t", "timeZone", zone,
                        "currency", "BRL", "version", version)), java.time.Instant.now());
    }

    private static List<TriggerEvent> shuffledWithDuplicates(List<TriggerEvent> history, Random random) {
        List<TriggerEvent> delivered = new ArrayList<>(history);
        for (TriggerEvent event : history) {
            if (random.nextInt(4) == 0) {
                delivered.add(event);
            }
        }
        Collections.shuffle(delivered, random);
        return delivered;
    }

    private void apply(List<TriggerEvent> events) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> {
            io.smallrye.mutiny.Uni<Void> chain = io.smallrye.mutiny.Uni.createFrom().voidItem();
            for (TriggerEvent event : events) {
                chain = chain.chain(() -> projection.apply(session, TENANT, event));
            }
            return chain;
        }));
    }

    private Facts load(UUID customer) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session ->
                projection.load(session, TENANT, customer, LocalDate.of(2026, 11, 24))));
    }
}
