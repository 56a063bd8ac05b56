package io.csplatform.runtime.schedule;

import io.csplatform.events.EventJson;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.ScheduledTrigger;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.execution.ExecutionService;
import io.csplatform.runtime.facts.FactsProjection;
import io.csplatform.runtime.matcher.ActivePlaybook;
import io.csplatform.runtime.matcher.PlaybookIndex;
import io.csplatform.runtime.tenant.TenantZones;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the scheduled triggers ({@code customer.tasks.overdue}, {@code customer.tasks.none-completed},
 * {@code schedule.periodic}, {@code contact.birthday}) in each tenant's time zone. A (playbook, day) run is claimed
 * by one replica ({@code schedule_run}); every customer is evaluated at most once per playbook and day (the
 * occurrence id is derived from them, and evaluations are unique per occurrence), so a run repeated after a crash
 * or by a second replica changes nothing. Days missed while the service was down are caught up (up to
 * {@code runtime.scheduler.catch-up-days}), each evaluated as of the end of that day.
 */
@ApplicationScoped
public class ScheduledTriggerSweep {

    private static final Logger LOG = Logger.getLogger(ScheduledTriggerSweep.class);
    private static final String LAST_FINISHED = """
            select max(day) from schedule_run where playbook_id = :playbook and finished_at is not null""";
    private static final String CLAIM = """
            insert into schedule_run (playbook_id, day, tenant_id, claimed_by, claimed_at)
            values (:playbook, :day, :tenant, :by, :at)
            on conflict (playbook_id, day) do update set claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at
            where schedule_run.finished_at is null and schedule_run.claimed_at < :stale""";
    private static final String FINISH = """
            update schedule_run set finished_at = :at, customers = :customers, fired = :fired
            where playbook_id = :playbook and day = :day""";
    private static final String CUSTOMERS = """
            select customer_id from fact where tenant_id = :tenant and kind = 'customer' and field = 'known'
              and customer_id > :after order by customer_id limit 500""";
    /** Before every customer id: PostgreSQL orders uuids as unsigned bytes, so the nil uuid (not Long.MIN_VALUE). */
    private static final UUID FIRST = new UUID(0L, 0L);

    private final Mutiny.SessionFactory sessions;
    private final Catalog catalog;
    private final PlaybookIndex index;
    private final TenantZones zones;
    private final FactsProjection facts;
    private final ExecutionService executions;
    private final Clock clock;
    private final int catchUpDays;
    private final String replica = UUID.randomUUID().toString();

    public ScheduledTriggerSweep(Mutiny.SessionFactory sessions, Catalog catalog, PlaybookIndex index,
                                 TenantZones zones, FactsProjection facts, ExecutionService executions, Clock clock,
                                 @ConfigProperty(name = "runtime.scheduler.catch-up-days", defaultValue = "7") int catchUpDays) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.index = index;
        this.zones = zones;
        this.facts = facts;
        this.executions = executions;
        this.clock = clock;
        this.catchUpDays = catchUpDays;
    }

    @Scheduled(every = "${runtime.scheduler.every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runAt(clock.instant()).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("scheduled triggers: run failed, retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Runs every due (playbook, day) as of {@code now}; answers how many evaluations fired. */
    public Uni<Integer> runAt(Instant now) {
        return index.activeOn(catalog.scheduledTriggers().keySet())
                .chain(playbooks -> Multi.createFrom().iterable(playbooks)
                        .onItem().transformToUniAndConcatenate(playbook -> runPlaybook(playbook, now))
                        .collect().asList()
                        .map(counts -> counts.stream().mapToInt(Integer::intValue).sum()));
    }

    private Uni<Integer> runPlaybook(ActivePlaybook playbook, Instant now) {
        ScheduledTrigger trigger = catalog.scheduledTrigger(playbook.trigger());
        return sessions.withSession(session -> zones.zone(session, playbook.tenantId())
                .chain(zone -> session.createNativeQuery(LAST_FINISHED, LocalDate.class)
                        .setParameter("playbook", playbook.id()).getSingleResultOrNull()
                        .map(last -> dueDays(trigger, playbook, now.atZone(zone), last))
                        .chain(days -> Multi.createFrom().iterable(days)
                                .onItem().transformToUniAndConcatenate(day -> runDay(playbook, trigger, zone, day, now))
                                .collect().asList()
                                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum()))));
    }

    private List<LocalDate> dueDays(ScheduledTrigger trigger, ActivePlaybook playbook, ZonedDateTime local,
                                    LocalDate lastFinished) {
        LocalDate today = local.toLocalDate();
        LocalDate from = lastFinished == null ? today : lastFinished.plusDays(1);
        if (from.isBefore(today.minusDays(catchUpDays))) {
            from = today.minusDays(catchUpDays);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            LocalTime time = day.equals(today) ? local.toLocalTime() : LocalTime.MAX;
            if (trigger.dueOn(playbook.triggerParams(), day, time)) {
                days.add(day);
            }
        }
        return days;
    }

    private Uni<Integer> runDay(ActivePlaybook playbook, ScheduledTrigger trigger, ZoneId zone, LocalDate day,
                                Instant now) {
        Instant asOf = day.equals(now.atZone(zone).toLocalDate()) ? now
                : day.atTime(LocalTime.MAX).atZone(zone).toInstant();
        return sessions.withTransaction(session -> session.createNativeQuery(CLAIM)
                        .setParameter("playbook", playbook.id()).setParameter("day", day)
                        .setParameter("tenant", playbook.tenantId()).setParameter("by", replica)
                        .setParameter("at", now).setParameter("stale", now.minusSeconds(600))
                        .executeUpdate())
                .chain(claimed -> claimed == 0 ? Uni.createFrom().item(0) : everyCustomer(playbook, trigger, zone, day, asOf));
    }

    private Uni<Integer> everyCustomer(ActivePlaybook playbook, ScheduledTrigger trigger, ZoneId zone, LocalDate day,
                                       Instant asOf) {
        AtomicInteger customers = new AtomicInteger();
        AtomicInteger fired = new AtomicInteger();
        return page(playbook, trigger, zone, day, asOf, FIRST, customers, fired)
                .chain(() -> sessions.withTransaction(session -> session.createNativeQuery(FINISH)
                        .setParameter("at", clock.instant()).setParameter("customers", customers.get())
                        .setParameter("fired", fired.get()).setParameter("playbook", playbook.id())
                        .setParameter("day", day).executeUpdate()))
                .invoke(() -> LOG.infof("scheduled %s (%s) for %s: %d customers, %d fired", playbook.trigger(),
                        playbook.id(), day, customers.get(), fired.get()))
                .map(done -> fired.get());
    }

    private Uni<Void> page(ActivePlaybook playbook, ScheduledTrigger trigger, ZoneId zone, LocalDate day, Instant asOf,
                           UUID after, AtomicInteger customers, AtomicInteger fired) {
        return sessions.withSession(session -> session.createNativeQuery(CUSTOMERS, UUID.class)
                        .setParameter("tenant", playbook.tenantId()).setParameter("after", after).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().voidItem()
                        : Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(customer -> customer(playbook, trigger, zone, day, asOf,
                                customer).invoke(f -> {
                                    customers.incrementAndGet();
                                    if (f) {
                                        fired.incrementAndGet();
                                    }
                                }))
                        .collect().last()
                        .chain(() -> page(playbook, trigger, zone, day, asOf, ids.get(ids.size() - 1), customers, fired)));
    }

    private Uni<Boolean> customer(ActivePlaybook playbook, ScheduledTrigger trigger, ZoneId zone, LocalDate day,
                                  Instant asOf, UUID customerId) {
        UUID occurrence = occurrence(playbook.id(), customerId, day);
        TriggerEvent event = new TriggerEvent(occurrence, playbook.trigger(), customerId,
                EventJson.MAPPER.createObjectNode().put("day", day.toString()).put("scheduled", true), asOf);
        return sessions.withTransaction(session -> io.csplatform.runtime.execution.CustomerLock.lock(session, playbook.tenantId(), customerId)
                .chain(() -> facts.load(session, playbook.tenantId(), customerId, day))
                .chain(customer -> {
                    if (customer == null || customer.customer().archived()) {
                        return Uni.createFrom().item(false);
                    }
                    Context context = new Context(event, customer, asOf, zone, playbook.id());
                    Condition.Outcome applies = trigger.firesFor(playbook.triggerParams(), context);
                    return applies.passed() ? executions.evaluate(session, null, playbook, context, applies)
                            : Uni.createFrom().item(false);
                }));
    }

    /** The occurrence of a scheduled trigger: one per playbook, customer and tenant day. */
    public static UUID occurrence(UUID playbookId, UUID customerId, LocalDate day) {
        return UUID.nameUUIDFromBytes(("schedule:" + playbookId + ":" + customerId + ":" + day)
                .getBytes(StandardCharsets.UTF_8));
    }
}
