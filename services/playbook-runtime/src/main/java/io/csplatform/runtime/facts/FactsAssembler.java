package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.DaySeries;
import io.csplatform.runtime.evaluation.Facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Builds the evaluator's {@link Facts} from a customer's projection rows. Pure. */
public final class FactsAssembler {

    private FactsAssembler() {
    }

    public static Facts assemble(FactRows rows) {
        Map<String, Map<String, Map<String, JsonNode>>> byKind = new HashMap<>();
        for (FactRows.Row row : rows.fields()) {
            byKind.computeIfAbsent(row.kind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.entity(), e -> new HashMap<>()).put(row.field(), row.value());
        }
        Map<String, JsonNode> customer = entities(byKind, CustomerFactMapper.CUSTOMER).getOrDefault("", Map.of());
        return new Facts(rows.customerId(), customer(customer),
                list(byKind, CustomerFactMapper.CONTACT, FactsAssembler::contact),
                owners(entities(byKind, CustomerFactMapper.OWNER)),
                list(byKind, ContractFactMapper.CONTRACT, FactsAssembler::contract),
                list(byKind, FinanceFactMapper.CHARGE, FactsAssembler::charge),
                list(byKind, JourneyFactMapper.TASK, FactsAssembler::task),
                list(byKind, SignalFactMapper.TICKET, FactsAssembler::ticket),
                list(byKind, SignalFactMapper.ANSWER, FactsAssembler::answer).stream()
                        .sorted(Comparator.comparing(Facts.Answer::answeredAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList(),
                list(byKind, SignalFactMapper.USER, FactsAssembler::user),
                health(entities(byKind, SignalFactMapper.HEALTH).get("")),
                new Facts.Hierarchy(rows.parentId(), rows.parentMrr(), rows.branchesMrr()),
                rows.executions(),
                series(rows, SignalFactMapper.TICKETS), series(rows, FinanceFactMapper.SALES),
                series(rows, SignalFactMapper.TRACKING),
                list(byKind, SignalFactMapper.INVITATION, FactsAssembler::invitation));
    }

    /** Whether the projection has heard of the customer itself ({@code customer.created}), not just of its contracts. */
    public static boolean known(FactRows rows) {
        return rows.fields().stream().anyMatch(r -> r.kind().equals(CustomerFactMapper.CUSTOMER) && r.field().equals("known"));
    }

    private static Facts.Customer customer(Map<String, JsonNode> f) {
        Map<String, JsonNode> attributes = attributes(f);
        return new Facts.Customer(text(f, "name"), text(f, "externalId"), text(f, "status"),
                date(f, "registrationDate"), date(f, "startDate"), date(f, "endDate"), text(f, "plan"),
                set(f, "products"), set(f, "services"), set(f, "groups"), set(f, "segments"), set(f, "tags"),
                uuid(f, "portfolioId"), uuid(f, "parentId"), text(f, "archivedAt") != null, attributes,
                decimalOr(f, "mrr", BigDecimal.ZERO), decimalOr(f, "arr", BigDecimal.ZERO), text(f, "currency"),
                instant(f, "createdAt"));
    }

    private static Facts.Contact contact(String id, Map<String, JsonNode> f) {
        return new Facts.Contact(UUID.fromString(id), text(f, "name"), text(f, "email"), text(f, "phone"),
                date(f, "birthday"), set(f, "types"), bool(f, "main"), bool(f, "keyUser"),
                !f.containsKey("active") || bool(f, "active"), attributes(f));
    }

    private static Facts.Contract contract(String id, Map<String, JsonNode> f) {
        Integer users = f.containsKey("users") && f.get("users").isNumber() ? f.get("users").asInt() : null;
        String status = text(f, "status");
        return new Facts.Contract(UUID.fromString(id), text(f, "externalId"), status == null ? null : status.toUpperCase(),
                decimal(f, "mrr"), text(f, "currency"), date(f, "startDate"), date(f, "endDate"), text(f, "plan"),
                set(f, "products"), users, decimal(f, "lastUpsell"), decimal(f, "lastDownsell"));
    }

    private static Facts.Charge charge(String id, Map<String, JsonNode> f) {
        return new Facts.Charge(UUID.fromString(id), text(f, "externalId"), decimal(f, "amount"), text(f, "currency"),
                date(f, "dueDate"), text(f, "status"), date(f, "paidDate"), bool(f, "overdue"));
    }

    private static Facts.Task task(String id, Map<String, JsonNode> f) {
        Set<String> items = new LinkedHashSet<>();
        f.forEach((field, value) -> {
            if (field.startsWith("checklist.") && value.asBoolean()) {
                items.add(field.substring("checklist.".length()));
            }
        });
        return new Facts.Task(UUID.fromString(id), bool(f, "board"), uuid(f, "journeyId"), uuid(f, "templateTaskId"),
                text(f, "stage"), text(f, "title"), set(f, "labels"), text(f, "status"), date(f, "createdDate"),
                date(f, "dueDate"), date(f, "completedDate"), date(f, "scheduledOn"), items,
                List.copyOf(set(f, "contacts")));
    }

    private static Facts.Ticket ticket(String id, Map<String, JsonNode> f) {
        Integer rating = f.containsKey("rating") && f.get("rating").isNumber() ? f.get("rating").asInt() : null;
        return new Facts.Ticket(UUID.fromString(id), text(f, "subject"), text(f, "status"), bool(f, "closed"),
                text(f, "priority"), rating, instant(f, "createdAt"));
    }

    private static Facts.Answer answer(String id, Map<String, JsonNode> f) {
        return new Facts.Answer(UUID.fromString(id), text(f, "kind"), uuid(f, "contactId"),
                f.getOrDefault("score", com.fasterxml.jackson.databind.node.IntNode.valueOf(0)).asInt(),
                instant(f, "answeredAt"), uuid(f, "surveyId"));
    }

    private static Facts.Invitation invitation(String id, Map<String, JsonNode> f) {
        return new Facts.Invitation(UUID.fromString(id), uuid(f, "surveyId"), text(f, "kind"), uuid(f, "contactId"),
                instant(f, "sentAt"));
    }

        private static Facts.TrackingUser user(String id, Map<String, JsonNode> f) {
        return new Facts.TrackingUser(id, bool(f, "keyUser"), instant(f, "loginAt"));
    }

    private static Facts.Health health(Map<String, JsonNode> f) {
        return f == null || !f.containsKey("score") ? null
                : new Facts.Health(decimal(f, "score"), text(f, "band"), instant(f, "changedAt"));
    }

    private static Map<String, String> owners(Map<String, Map<String, JsonNode>> owners) {
        Map<String, String> byName = new TreeMap<>();
        owners.values().forEach(f -> {
            if (text(f, "ownerTypeName") != null && text(f, "userId") != null) {
                byName.put(text(f, "ownerTypeName"), text(f, "userId"));
            }
        });
        return byName;
    }

    private static DaySeries series(FactRows rows, String metric) {
        TreeMap<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        for (FactChanges.Bucket bucket : rows.buckets(metric)) {
            days.computeIfAbsent(bucket.day(), d -> new HashMap<>()).merge(bucket.item(), bucket.amount(), BigDecimal::add);
        }
        return new DaySeries(days);
    }

    private static Map<String, Map<String, JsonNode>> entities(Map<String, Map<String, Map<String, JsonNode>>> byKind,
                                                               String kind) {
        return byKind.getOrDefault(kind, Map.of());
    }

    private interface EntityBuilder<T> {
        T build(String id, Map<String, JsonNode> fields);
    }

    private static <T> List<T> list(Map<String, Map<String, Map<String, JsonNode>>> byKind, String kind,
                                    EntityBuilder<T> builder) {
        List<T> items = new ArrayList<>();
        entities(byKind, kind).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> items.add(builder.build(e.getKey(), e.getValue())));
        return List.copyOf(items);
    }

    private static Map<String, JsonNode> attributes(Map<String, JsonNode> f) {
        Map<String, JsonNode> attributes = new TreeMap<>();
        f.forEach((field, value) -> {
            if (field.startsWith("attributes.") && !value.isNull()) {
                attributes.put(field.substring("attributes.".length()), value);
            }
        });
        return attributes;
    }

    private static String text(Map<String, JsonNode> f, String field) {
        JsonNode value = f.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean bool(Map<String, JsonNode> f, String field) {
        JsonNode value = f.get(field);
        return value != null && value.asBoolean();
    }

    private static LocalDate date(Map<String, JsonNode> f, String field) {
        return FactRows.date(f.get(field));
    }

    private static Instant instant(Map<String, JsonNode> f, String field) {
        String text = text(f, field);
        return text == null ? null : Instant.parse(text);
    }

    private static UUID uuid(Map<String, JsonNode> f, String field) {
        String text = text(f, field);
        return text == null || text.isEmpty() ? null : UUID.fromString(text);
    }

    private static BigDecimal decimal(Map<String, JsonNode> f, String field) {
        JsonNode value = f.get(field);
        return value == null || value.isNull() ? null : new BigDecimal(value.asText());
    }

    private static BigDecimal decimalOr(Map<String, JsonNode> f, String field, BigDecimal fallback) {
        BigDecimal value = decimal(f, field);
        return value == null ? fallback : value;
    }

    private static Set<String> set(Map<String, JsonNode> f, String field) {
        JsonNode value = f.get(field);
        Set<String> items = new LinkedHashSet<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> items.add(item.asText()));
        }
        return Set.copyOf(items);
    }
}
