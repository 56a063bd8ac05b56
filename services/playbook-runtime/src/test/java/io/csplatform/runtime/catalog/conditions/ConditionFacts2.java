package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.catalog.Fixtures;
import io.csplatform.runtime.evaluation.DaySeries;
import io.csplatform.runtime.evaluation.Facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Facts for the NPS, journey, task, ticket and tracking condition tests: starts from {@link Facts#empty} and
 * replaces contacts, tasks, tickets, answers, users, tickets per day and tracking. Today is 2026-11-24 (Fixtures).
 */
final class ConditionFacts2 {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final List<Facts.Contact> contacts = new ArrayList<>();
    private final List<Facts.Task> tasks = new ArrayList<>();
    private final List<Facts.Ticket> tickets = new ArrayList<>();
    private final List<Facts.Answer> answers = new ArrayList<>();
    private final List<Facts.TrackingUser> users = new ArrayList<>();
    private final TreeMap<LocalDate, Map<String, BigDecimal>> ticketsPerDay = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, BigDecimal>> tracking = new TreeMap<>();

    static ConditionFacts2 facts() {
        return new ConditionFacts2();
    }

    ConditionFacts2 contact(UUID id, boolean active) {
        contacts.add(new Facts.Contact(id, "Contact " + id, null, null, null, Set.of(), false, false, active, Map.of()));
        return this;
    }

    ConditionFacts2 task(Facts.Task task) {
        tasks.add(task);
        return this;
    }

    ConditionFacts2 ticket(UUID id, String status, boolean closed, String priority, Integer rating, Instant createdAt) {
        tickets.add(new Facts.Ticket(id, "Subject", status, closed, priority, rating, createdAt));
        return this;
    }

    ConditionFacts2 nps(UUID contactId, int score, Instant answeredAt) {
        answers.add(new Facts.Answer(UUID.randomUUID(), "NPS", contactId, score, answeredAt));
        return this;
    }

    ConditionFacts2 csat(UUID contactId, int score, Instant answeredAt) {
        answers.add(new Facts.Answer(UUID.randomUUID(), "CSAT", contactId, score, answeredAt));
        return this;
    }

    ConditionFacts2 user(String userId, boolean keyUser, Instant lastLogin) {
        users.add(new Facts.TrackingUser(userId, keyUser, lastLogin));
        return this;
    }

    /** {@code count} tickets created on the day {@code daysAgo} days before today. */
    ConditionFacts2 tickets(int daysAgo, int count) {
        Map<String, BigDecimal> day = ticketsPerDay.computeIfAbsent(TODAY.minusDays(daysAgo), d -> new HashMap<>());
        for (int i = 0; i < count; i++) {
            day.put(UUID.randomUUID().toString(), BigDecimal.ONE);
        }
        return this;
    }

    /** Usage of {@code feature} by {@code user} on the day {@code daysAgo} days before today. */
    ConditionFacts2 usage(int daysAgo, String user, String feature, long amount) {
        tracking.computeIfAbsent(TODAY.minusDays(daysAgo), d -> new HashMap<>())
                .merge(DaySeries.trackingItem(user, feature), BigDecimal.valueOf(amount), BigDecimal::add);
        return this;
    }

    Facts build() {
        Facts empty = Fixtures.facts();
        return new Facts(empty.customerId(), empty.customer(), List.copyOf(contacts), empty.owners(), empty.contracts(),
                empty.charges(), List.copyOf(tasks), List.copyOf(tickets), List.copyOf(answers), List.copyOf(users),
                empty.health(), empty.hierarchy(), empty.executions(), new DaySeries(ticketsPerDay),
                empty.salesPerDay(), new DaySeries(tracking));
    }

    /** A journey task. */
    static Facts.Task journeyTask(UUID journeyId, UUID templateTaskId, String title, String status,
                                  LocalDate created, LocalDate completed, Set<String> checklistDone) {
        return new Facts.Task(UUID.randomUUID(), false, journeyId, templateTaskId, "Onboarding", title, Set.of(), status,
                created, created == null ? null : created.plusDays(7), completed, null, checklistDone);
    }

    /** A task with labels and a due date (board or journey). */
    static Facts.Task labelled(boolean board, String status, LocalDate due, String... labels) {
        return new Facts.Task(UUID.randomUUID(), board, board ? null : UUID.randomUUID(), null, null, "Task",
                Set.of(labels), status, TODAY.minusDays(30), due, "COMPLETED".equals(status) ? TODAY : null, null,
                Set.of());
    }

    /** An instant at 10:00 São Paulo time, {@code daysAgo} days before today. */
    static Instant daysAgo(int daysAgo) {
        return Fixtures.NOW.minus(java.time.Duration.ofDays(daysAgo));
    }
}
