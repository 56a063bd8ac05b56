package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.catalog.Fixtures;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Facts and contexts for the trigger tests: tasks, contacts, and a context on any local day. */
final class TriggerFacts {

    private TriggerFacts() {
    }

    /** The fixtures' today: 2026-11-24 (a Tuesday) in São Paulo. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Facts withTasks(Facts.Task... tasks) {
        Facts f = Fixtures.facts();
        return new Facts(f.customerId(), f.customer(), f.contacts(), f.owners(), f.contracts(), f.charges(),
                List.of(tasks), f.tickets(), f.answers(), f.users(), f.health(), f.hierarchy(), f.executions(),
                f.ticketsPerDay(), f.salesPerDay(), f.tracking());
    }

    static Facts withContacts(Facts.Contact... contacts) {
        Facts f = Fixtures.facts();
        return new Facts(f.customerId(), f.customer(), List.of(contacts), f.owners(), f.contracts(), f.charges(),
                f.tasks(), f.tickets(), f.answers(), f.users(), f.health(), f.hierarchy(), f.executions(),
                f.ticketsPerDay(), f.salesPerDay(), f.tracking());
    }

    static Facts.Task pending(String title, LocalDate dueDate, String... labels) {
        return new Facts.Task(UUID.randomUUID(), false, UUID.randomUUID(), UUID.randomUUID(), "Onboarding", title,
                Set.of(labels), "PENDING", dueDate.minusDays(10), dueDate, null, null, Set.of());
    }

    static Facts.Task boardPending(String title, LocalDate dueDate, String... labels) {
        return new Facts.Task(UUID.randomUUID(), true, null, null, null, title, Set.of(labels), "PENDING",
                dueDate.minusDays(10), dueDate, null, null, Set.of());
    }

    static Facts.Task completed(String title, LocalDate dueDate, LocalDate completedDate) {
        return new Facts.Task(UUID.randomUUID(), false, UUID.randomUUID(), UUID.randomUUID(), "Onboarding", title,
                Set.of(), "COMPLETED", dueDate.minusDays(10), dueDate, completedDate, null, Set.of());
    }

    static Facts.Contact contact(String name, LocalDate birthday, boolean active) {
        return new Facts.Contact(UUID.randomUUID(), name, name.toLowerCase() + "@example.com", null, birthday, Set.of(),
                false, false, active, Map.of());
    }

    /** A context at 10:00 local time on {@code day}. */
    static Context on(LocalDate day, Facts facts) {
        TriggerEvent event = Fixtures.event("schedule", "{}");
        return new Context(event, facts, day.atTime(LocalTime.of(10, 0)).atZone(Fixtures.ZONE).toInstant(),
                Fixtures.ZONE, Fixtures.PLAYBOOK);
    }

    /** A context for an event of {@code type} with {@code payload}, at the fixtures' now. */
    static Context eventContext(String type, String payload) {
        return Fixtures.context(Fixtures.event(type, payload), Fixtures.facts());
    }
}
