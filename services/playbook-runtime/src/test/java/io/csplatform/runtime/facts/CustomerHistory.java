package io.csplatform.runtime.facts;

import io.csplatform.events.EventJson;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A random but realistic event history of one customer across every domain topic, each event a millisecond after
 * the previous one. The same seed gives the same history for any customer id.
 */
final class CustomerHistory {

    private final long seed;
    private final Random random;
    private final UUID customer;
    private final List<TriggerEvent> events = new ArrayList<>();
    private Instant time = Instant.parse("2026-11-20T12:00:00Z");
    private long eventIds;
    private final Map<UUID, Integer> ticketVersions = new java.util.HashMap<>();

    private CustomerHistory(long seed, UUID customer) {
        this.seed = seed;
        this.random = new Random(seed);
        this.customer = customer;
    }

    static List<TriggerEvent> of(long seed, UUID customer) {
        return new CustomerHistory(seed, customer).build();
    }

    private List<TriggerEvent> build() {
        UUID main = id("contact-main");
        UUID second = id("contact-2");
        add("customer.created", Map.of("customerId", customer, "name", "Padaria " + pick("A", "B"), "status", "onboarding",
                "tags", List.of("new"), "plan", "Basic", "registrationDate", "2026-01-10",
                "attributes", Map.of("seats", 10), "mainContact", Map.of("contactId", main, "name", "Ana", "email", "ana@x.test")));
        add("contact.created", Map.of("customerId", customer, "contactId", second, "name", "Bia", "email", "bia@x.test",
                "main", false, "keyUser", random.nextBoolean(), "birthday", "1990-0" + (1 + random.nextInt(9)) + "-15",
                "types", List.of("Financeiro")));
        UUID contract = id("contract");
        add("contract.created", Map.of("contractId", contract, "customerId", customer, "mrr", 1000, "currency", "BRL",
                "startDate", "2026-01-01", "endDate", "2026-12-31", "status", "active", "users", 4 + random.nextInt(10)));
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            switch (random.nextInt(9)) {
                case 0 -> add("customer.updated", Map.of("customerId", customer, "changes", Map.of(
                        "status", change("onboarding", pick("active", "at-risk", "churned")),
                        "tags", change(List.of("new"), List.of(pick("vip", "smb"), "new")))));
                case 1 -> add("customer.updated", Map.of("customerId", customer, "changes", Map.of(
                        "plan", change("Basic", pick("Pro", "Enterprise")),
                        "attributes.seats", change(10, random.nextInt(100)))));
                case 2 -> {
                    int mrr = 1000 + random.nextInt(2000);
                    add("contract.mrr.changed", Map.of("contractId", contract, "customerId", customer, "kind",
                            pick("UPSELL", "ADJUSTMENT"), "previousMrr", 1000, "mrr", mrr, "delta", mrr - 1000,
                            "currency", "BRL", "effectiveDate", "2026-06-01"));
                    add("customer.mrr.changed", Map.of("customerId", customer, "previousMrr", 1000, "mrr", mrr,
                            "arr", mrr * 12, "currency", "BRL"));
                }
                case 3 -> add("contact.updated", Map.of("customerId", customer, "contactId", second, "changes", Map.of(
                        "types", change(List.of("Financeiro"), List.of(pick("Técnico", "Decisor"))))));
                case 4 -> add("contact.deactivated", Map.of("customerId", customer, "contactId", main, "name", "Ana",
                        "email", "ana@x.test", "keyUser", false, "wasMain", true, "newMainContactId", second));
                case 5 -> tasks();
                case 6 -> tickets();
                case 7 -> tracking();
                default -> add("healthscore.changed", Map.of("customerId", customer, "fromScore", 50,
                        "toScore", random.nextInt(101), "fromBand", "yellow", "toBand", pick("red", "green"),
                        "changedAt", time.toString()));
            }
        }
        add("charge.upserted", Map.of("chargeId", id("charge"), "customerId", customer, "externalId", "ch-1",
                "change", "CREATED", "amount", 300, "currency", "BRL", "dueDate", "2026-11-01", "status", "open"));
        add("charge.overdue", Map.of("chargeId", id("charge"), "customerId", customer, "externalId", "ch-1",
                "amount", 300, "currency", "BRL", "dueDate", "2026-11-01", "overdueCharges", 1));
        add("sale.recorded", map("saleId", id("sale"), "customerId", customer, "externalId", "s-1", "product", "Kit",
                "amount", 99.9, "currency", "BRL", "soldOn", "2026-11-19", "monthTotal", 99.9, "monthSales", 1,
                "yearTotal", 99.9, "yearSales", 1));
        add("nps.response.received", Map.of("responseId", id("nps"), "customerId", customer, "contactId", second,
                "score", random.nextInt(11), "answeredAt", time.toString()));
        add("user.login", Map.of("customerId", customer, "userId", "u1", "keyUser", true, "loginAt", time.toString()));
        add("customer.owner.changed", Map.of("customerId", customer, "ownerTypeId", id("owner-type"),
                "ownerTypeName", "Analista Principal", "toUserId", pick("joana", "pedro")));
        return events;
    }

    private void tasks() {
        UUID task = id("task-" + random.nextInt(2));
        add("journey.task.created", Map.of("taskId", task, "customerId", customer, "title", "Kickoff",
                "dueDate", "2026-11-25", "skipWeekends", false, "labels", List.of("onboarding")));
        add("journey.checklist-item.completed", Map.of("taskId", task, "customerId", customer, "title", "Kickoff",
                "itemId", id("item"), "item", "Agenda", "completedDate", "2026-11-21"));
        add("journey.task.completed", Map.of("taskId", task, "customerId", customer, "title", "Kickoff",
                "completedDate", "2026-11-22", "daysTaken", 2, "late", false));
        if (random.nextBoolean()) {
            add("journey.task.reopened", Map.of("taskId", task, "customerId", customer, "title", "Kickoff",
                    "reopenedOn", "2026-11-23"));
        }
    }

    private void tickets() {
        UUID ticket = id("ticket-" + random.nextInt(2));
        int version = ticketVersions.merge(ticket, 3, Integer::sum);
        add("ticket.created", Map.of("ticketId", ticket, "customerId", customer, "subject", "Erro", "status", "open",
                "closed", false, "priority", "high", "createdAt", time.toString(), "version", version - 2));
        add("ticket.status.changed", Map.of("ticketId", ticket, "customerId", customer, "fromStatus", "open",
                "toStatus", "solved", "closed", true, "priority", "high", "changedAt", time.toString(), "version", version - 1));
        add("ticket.rated", Map.of("ticketId", ticket, "customerId", customer, "rating", 1 + random.nextInt(5),
                "status", "solved", "priority", "high", "ratedAt", time.toString(), "version", version));
    }

    private void tracking() {
        String day = LocalDate.of(2026, 11, 18 + random.nextInt(2)).toString();
        for (int version = 1; version <= 3; version++) {
            List<Map<String, Object>> counts = new ArrayList<>();
            counts.add(Map.of("userId", "u1", "feature", "login", "count", version * 3));
            if (version != 2) {
                counts.add(Map.of("userId", "u" + version, "feature", "report", "count", random.nextInt(9)));
            }
            add("tracking.day.rolled-up", Map.of("customerId", customer, "day", day, "total", version * 3,
                    "counts", counts, "version", version, "rolledUpAt", time.toString()));
        }
    }

    private void add(String type, Map<String, Object> payload) {
        time = time.plusMillis(1);
        events.add(new TriggerEvent(new UUID(customer.getMostSignificantBits(), ++eventIds), type, customer,
                EventJson.MAPPER.valueToTree(payload), time));
    }

    private UUID id(String name) {
        return UUID.nameUUIDFromBytes((seed + "/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> change(Object from, Object to) {
        return Map.of("from", from, "to", to);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
