package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.DaySeries;
import io.csplatform.runtime.evaluation.Facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Fluent builder of {@link Facts} for catalog unit tests, starting from {@link Facts#empty(UUID)}: withers for the
 * customer's fields, lists of records (added one by one), health, hierarchy, executions and the three day series.
 * Also small factories for records ({@link #contract}, {@link #contact}, {@link #charge}...) with sensible defaults.
 */
public final class FactsBuilder {

    private final UUID customerId;
    // customer fields
    private String name;
    private String externalId;
    private String status;
    private LocalDate registrationDate;
    private LocalDate startDate;
    private LocalDate endDate;
    private String plan;
    private Set<String> products;
    private Set<String> services;
    private Set<String> groups;
    private Set<String> segments;
    private Set<String> tags;
    private UUID portfolioId;
    private UUID parentId;
    private boolean archived;
    private Map<String, JsonNode> attributes;
    private BigDecimal mrr;
    private BigDecimal arr;
    private String currency;
    private Instant createdAt;
    // the rest
    private final List<Facts.Contact> contacts = new ArrayList<>();
    private final Map<String, String> owners = new HashMap<>();
    private final List<Facts.Contract> contracts = new ArrayList<>();
    private final List<Facts.Charge> charges = new ArrayList<>();
    private final List<Facts.Task> tasks = new ArrayList<>();
    private final List<Facts.Ticket> tickets = new ArrayList<>();
    private final List<Facts.Answer> answers = new ArrayList<>();
    private final List<Facts.TrackingUser> users = new ArrayList<>();
    private Facts.Health health;
    private Facts.Hierarchy hierarchy;
    private final Map<UUID, List<Instant>> executions = new HashMap<>();
    private final TreeMap<LocalDate, Map<String, BigDecimal>> ticketsPerDay = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, BigDecimal>> salesPerDay = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, BigDecimal>> tracking = new TreeMap<>();

    private FactsBuilder(Facts base) {
        this.customerId = base.customerId();
        Facts.Customer c = base.customer();
        name = c.name();
        externalId = c.externalId();
        status = c.status();
        registrationDate = c.registrationDate();
        startDate = c.startDate();
        endDate = c.endDate();
        plan = c.plan();
        products = c.products();
        services = c.services();
        groups = c.groups();
        segments = c.segments();
        tags = c.tags();
        portfolioId = c.portfolioId();
        parentId = c.parentId();
        archived = c.archived();
        attributes = new HashMap<>(c.attributes());
        mrr = c.mrr();
        arr = c.arr();
        currency = c.currency();
        createdAt = c.createdAt();
        contacts.addAll(base.contacts());
        owners.putAll(base.owners());
        contracts.addAll(base.contracts());
        charges.addAll(base.charges());
        tasks.addAll(base.tasks());
        tickets.addAll(base.tickets());
        answers.addAll(base.answers());
        users.addAll(base.users());
        health = base.health();
        hierarchy = base.hierarchy();
        executions.putAll(base.executions());
        ticketsPerDay.putAll(base.ticketsPerDay().days());
        salesPerDay.putAll(base.salesPerDay().days());
        tracking.putAll(base.tracking().days());
    }

    /** A builder over {@code Facts.empty(random id)}. */
    public static FactsBuilder facts() {
        return new FactsBuilder(Facts.empty(UUID.randomUUID()));
    }

    public static FactsBuilder facts(UUID customerId) {
        return new FactsBuilder(Facts.empty(customerId));
    }

    /** A builder starting from existing facts (to change a few things). */
    public static FactsBuilder from(Facts facts) {
        return new FactsBuilder(facts);
    }

    // ---------------------------------------------------------------- customer

    public FactsBuilder name(String value) { name = value; return this; }
    public FactsBuilder externalId(String value) { externalId = value; return this; }
    public FactsBuilder status(String value) { status = value; return this; }
    public FactsBuilder registrationDate(LocalDate value) { registrationDate = value; return this; }
    public FactsBuilder startDate(LocalDate value) { startDate = value; return this; }
    public FactsBuilder endDate(LocalDate value) { endDate = value; return this; }
    public FactsBuilder plan(String value) { plan = value; return this; }
    public FactsBuilder products(String... values) { products = set(values); return this; }
    public FactsBuilder services(String... values) { services = set(values); return this; }
    public FactsBuilder groups(String... values) { groups = set(values); return this; }
    public FactsBuilder segments(String... values) { segments = set(values); return this; }
    public FactsBuilder tags(String... values) { tags = set(values); return this; }
    public FactsBuilder portfolioId(UUID value) { portfolioId = value; return this; }
    public FactsBuilder parentId(UUID value) { parentId = value; return this; }
    public FactsBuilder archived(boolean value) { archived = value; return this; }
    public FactsBuilder mrr(BigDecimal value) { mrr = value; return this; }
    public FactsBuilder mrr(String value) { mrr = value == null ? null : new BigDecimal(value); return this; }
    public FactsBuilder arr(BigDecimal value) { arr = value; return this; }
    public FactsBuilder arr(String value) { arr = value == null ? null : new BigDecimal(value); return this; }
    public FactsBuilder currency(String value) { currency = value; return this; }
    public FactsBuilder createdAt(Instant value) { createdAt = value; return this; }

    /** One custom attribute; {@code value} is JSON text, e.g. {@code "42"}, {@code "\"Gold\""}, {@code "true"}. */
    public FactsBuilder attribute(String key, String jsonValue) {
        attributes.put(key, Fixtures.json(jsonValue));
        return this;
    }

    public FactsBuilder attribute(String key, JsonNode value) {
        attributes.put(key, value);
        return this;
    }

    public FactsBuilder owner(String type, String userId) { owners.put(type, userId); return this; }

    // ---------------------------------------------------------------- lists

    public FactsBuilder contact(Facts.Contact value) { contacts.add(value); return this; }
    public FactsBuilder contract(Facts.Contract value) { contracts.add(value); return this; }
    public FactsBuilder charge(Facts.Charge value) { charges.add(value); return this; }
    public FactsBuilder task(Facts.Task value) { tasks.add(value); return this; }
    public FactsBuilder ticket(Facts.Ticket value) { tickets.add(value); return this; }
    public FactsBuilder answer(Facts.Answer value) { answers.add(value); return this; }
    public FactsBuilder user(Facts.TrackingUser value) { users.add(value); return this; }

    public FactsBuilder health(Facts.Health value) { health = value; return this; }

    public FactsBuilder health(String score, String band) {
        health = new Facts.Health(score == null ? null : new BigDecimal(score), band, Fixtures.NOW);
        return this;
    }

    public FactsBuilder hierarchy(Facts.Hierarchy value) { hierarchy = value; return this; }

    /** A branch of {@code parent} whose MRR is {@code parentMrr} (may be null). */
    public FactsBuilder branchOf(UUID parent, String parentMrr) {
        hierarchy = new Facts.Hierarchy(parent, parentMrr == null ? null : new BigDecimal(parentMrr),
                hierarchy.branchesMrr());
        parentId = parent;
        return this;
    }

    /** A parent account: adds one branch with its MRR. */
    public FactsBuilder branch(UUID branch, String branchMrr) {
        Map<UUID, BigDecimal> branches = new HashMap<>(hierarchy.branchesMrr());
        branches.put(branch, branchMrr == null ? null : new BigDecimal(branchMrr));
        hierarchy = new Facts.Hierarchy(hierarchy.parentId(), hierarchy.parentMrr(), branches);
        return this;
    }

    /** The playbook fired at these instants (kept newest first, as Facts promises). */
    public FactsBuilder executions(UUID playbookId, Instant... at) {
        List<Instant> list = new ArrayList<>(executions.getOrDefault(playbookId, List.of()));
        list.addAll(List.of(at));
        list.sort(java.util.Comparator.reverseOrder());
        executions.put(playbookId, list);
        return this;
    }

    // ---------------------------------------------------------------- day series

    /** One ticket created on {@code day} (item = a random ticket id, amount 1). */
    public FactsBuilder ticketOn(LocalDate day) {
        return ticketOn(day, UUID.randomUUID().toString());
    }

    public FactsBuilder ticketOn(LocalDate day, String ticketId) {
        put(ticketsPerDay, day, ticketId, BigDecimal.ONE);
        return this;
    }

    /** One sale of {@code value} on {@code day} (item = a random sale id). */
    public FactsBuilder saleOn(LocalDate day, String value) {
        return saleOn(day, UUID.randomUUID().toString(), value);
    }

    public FactsBuilder saleOn(LocalDate day, String saleId, String value) {
        put(salesPerDay, day, saleId, new BigDecimal(value));
        return this;
    }

    /** {@code amount} tracked uses of {@code feature} by {@code userId} on {@code day}. */
    public FactsBuilder trackingOn(LocalDate day, String userId, String feature, long amount) {
        put(tracking, day, DaySeries.trackingItem(userId, feature), BigDecimal.valueOf(amount));
        return this;
    }

    // ---------------------------------------------------------------- build

    public Facts build() {
        Facts.Customer customer = new Facts.Customer(name, externalId, status, registrationDate, startDate, endDate,
                plan, products, services, groups, segments, tags, portfolioId, parentId, archived, Map.copyOf(attributes),
                mrr, arr, currency, createdAt);
        Map<UUID, List<Instant>> exec = new HashMap<>();
        executions.forEach((k, v) -> exec.put(k, List.copyOf(v)));
        return new Facts(customerId, customer, List.copyOf(contacts), Map.copyOf(owners), List.copyOf(contracts),
                List.copyOf(charges), List.copyOf(tasks), List.copyOf(tickets), List.copyOf(answers),
                List.copyOf(users), health, hierarchy, exec, series(ticketsPerDay), series(salesPerDay),
                series(tracking));
    }

    // ---------------------------------------------------------------- record factories

    /** An active contract with MRR, users and end date; other fields null / empty. */
    public static Facts.Contract activeContract(String mrr, Integer users, LocalDate endDate) {
        return new Facts.Contract(UUID.randomUUID(), null, "ACTIVE", mrr == null ? null : new BigDecimal(mrr), "BRL",
                null, endDate, null, Set.of(), users, null, null);
    }

    /** A contract with every commonly used field. */
    public static Facts.Contract contract(String status, String mrr, Integer users, LocalDate startDate,
                                          LocalDate endDate, String plan) {
        return new Facts.Contract(UUID.randomUUID(), null, status, mrr == null ? null : new BigDecimal(mrr), "BRL",
                startDate, endDate, plan, Set.of(), users, null, null);
    }

    /** An active contact with types (no attributes). */
    public static Facts.Contact contact(String name, boolean main, String... types) {
        return new Facts.Contact(UUID.randomUUID(), name, null, null, null, set(types), main, false, true, Map.of());
    }

    /** A contact with everything a condition usually reads. */
    public static Facts.Contact contact(String name, boolean main, boolean active, Set<String> types,
                                        Map<String, JsonNode> attributes) {
        return new Facts.Contact(UUID.randomUUID(), name, null, null, null, types, main, false, active, attributes);
    }

    /** A charge due on {@code dueDate}; {@code overdue} as finance says. */
    public static Facts.Charge charge(String amount, LocalDate dueDate, boolean overdue) {
        return new Facts.Charge(UUID.randomUUID(), null, new BigDecimal(amount), "BRL", dueDate,
                overdue ? "OVERDUE" : "OPEN", null, overdue);
    }

    /** A paid charge. */
    public static Facts.Charge paidCharge(String amount, LocalDate dueDate, LocalDate paidDate) {
        return new Facts.Charge(UUID.randomUUID(), null, new BigDecimal(amount), "BRL", dueDate, "PAID", paidDate,
                false);
    }

    /** An NPS answer of {@code contactId}. */
    public static Facts.Answer nps(UUID contactId, int score, Instant answeredAt) {
        return new Facts.Answer(UUID.randomUUID(), "NPS", contactId, score, answeredAt);
    }

    /** A CSAT answer of {@code contactId}. */
    public static Facts.Answer csat(UUID contactId, int score, Instant answeredAt) {
        return new Facts.Answer(UUID.randomUUID(), "CSAT", contactId, score, answeredAt);
    }

    /** A ticket created at {@code createdAt}. */
    public static Facts.Ticket ticket(String status, boolean closed, String priority, Instant createdAt) {
        return new Facts.Ticket(UUID.randomUUID(), "subject", status, closed, priority, null, createdAt);
    }

    /** A journey task (board = false) with status and dates. */
    public static Facts.Task task(boolean board, String title, String status, LocalDate createdDate, LocalDate dueDate,
                                  LocalDate completedDate) {
        return new Facts.Task(UUID.randomUUID(), board, null, null, null, title, Set.of(), status, createdDate, dueDate,
                completedDate, null, Set.of());
    }

    public static Facts.TrackingUser trackingUser(String userId, boolean keyUser, Instant lastLogin) {
        return new Facts.TrackingUser(userId, keyUser, lastLogin);
    }

    // ---------------------------------------------------------------- helpers

    private static Set<String> set(String... values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
    }

    private static void put(TreeMap<LocalDate, Map<String, BigDecimal>> series, LocalDate day, String item,
                            BigDecimal amount) {
        series.computeIfAbsent(day, d -> new HashMap<>()).merge(item, amount, BigDecimal::add);
    }

    private static DaySeries series(TreeMap<LocalDate, Map<String, BigDecimal>> days) {
        TreeMap<LocalDate, Map<String, BigDecimal>> copy = new TreeMap<>();
        days.forEach((day, items) -> copy.put(day, Map.copyOf(items)));
        return new DaySeries(copy);
    }
}
