package io.csplatform.runtime.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.outbox.Outbox;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.delay.Delay;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Decision;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.TraceEntry;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.facts.FactsProjection;
import io.csplatform.runtime.matcher.ActivePlaybook;
import io.csplatform.runtime.matcher.PlaybookIndex;
import io.csplatform.runtime.tenant.TenantZones;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/**
 * Matches the active playbooks of an event's trigger (in-memory index), evaluates each against the customer's facts
 * and records the evaluation with its trace, fired or not, once per (playbook version, customer, occurrence). A
 * fired evaluation opens an execution and sends one command per action through the outbox.
 */
@ApplicationScoped
public class ExecutionService {

    /*
     * Each statement writes the rows of every playbook an event evaluated at once (one JSON array, one round trip),
     * instead of one statement per playbook and step: with ten playbooks on a trigger that was 70 round trips.
     */
    private static final String INSERT_EVALUATIONS = """
            with inserted as (
              insert into evaluation (id, tenant_id, playbook_id, playbook_version, customer_id, occurrence_id,
                trigger_type, fired, trace, execution_id, evaluated_at)
              select r.id, r.tenant_id, r.playbook_id, r.playbook_version, r.customer_id, r.occurrence_id,
                r.trigger_type, r.fired, cast(r.trace as jsonb), r.execution_id, r.evaluated_at
              from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, tenant_id text, playbook_id uuid,
                playbook_version int, customer_id uuid, occurrence_id uuid, trigger_type text, fired boolean,
                trace text, execution_id uuid, evaluated_at timestamptz)
              on conflict (playbook_id, customer_id, occurrence_id) do nothing
              returning playbook_id)
            select playbook_id from inserted""";
    private static final String INSERT_EXECUTIONS = """
            with inserted as (
              insert into execution (id, tenant_id, playbook_id, playbook_version, customer_id, trigger_event_id,
                trigger_type, status, trace, created_at)
              select r.id, r.tenant_id, r.playbook_id, r.playbook_version, r.customer_id, r.trigger_event_id,
                r.trigger_type, 'RUNNING', r.trace, r.created_at
              from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, tenant_id text, playbook_id uuid,
                playbook_version int, customer_id uuid, trigger_event_id uuid, trigger_type text, trace text,
                created_at timestamptz)
              on conflict (playbook_id, customer_id, trigger_event_id) do nothing
              returning id)
            select id from inserted""";
    private static final String INSERT_STEPS = """
            insert into execution_step (execution_id, step, action_type, status, detail, updated_at)
            select r.execution_id, r.step, r.action_type, r.status, r.detail, r.updated_at
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(execution_id uuid, step int,
              action_type text, status text, detail text, updated_at timestamptz)""";

    /** One playbook's decision on an event, before anything is written. */
    private record Evaluated(ActivePlaybook playbook, Context context, boolean fire, String trace, UUID executionId) {
    }

    private final Catalog catalog;
    private final FactsProjection facts;
    private final PlaybookIndex index;
    private final TenantZones zones;
    private final PendingTriggers pending;
    private final Outbox outbox;
    private final Clock clock;
    private final int maxDepth;
    private final DelayedSteps delayed;

    public ExecutionService(Catalog catalog, FactsProjection facts, PlaybookIndex index, TenantZones zones,
                            PendingTriggers pending, DelayedSteps delayed, Outbox outbox, Clock clock,
                            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "runtime.causation.max-depth",
                                    defaultValue = "5") int maxDepth) {
        this.pending = pending;
        this.maxDepth = maxDepth;
        this.delayed = delayed;
        this.catalog = catalog;
        this.facts = facts;
        this.index = index;
        this.zones = zones;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A domain event: every active playbook on its trigger is evaluated for the event's customer. */
    public Uni<Void> onEvent(Mutiny.Session session, EventHeaders cause, TriggerEvent event) {
        EventTrigger trigger = catalog.eventTrigger(event.type());
        if (trigger == null) {
            return Uni.createFrom().voidItem();
        }
        String tenant = cause.tenantId();
        return index.active(tenant, event.type()).chain(playbooks -> playbooks.isEmpty() ? Uni.createFrom().voidItem()
                : zones.zone(session, tenant).chain(zone -> {
                    Instant now = clock.instant();
                    return facts.load(session, tenant, event.customerId(), now.atZone(zone).toLocalDate())
                            .chain(customer -> {
                                if (customer == null) {
                                    return pending.hold(session, cause, event);
                                }
                                List<Evaluated> evaluated = new ArrayList<>(playbooks.size());
                                for (ActivePlaybook playbook : playbooks) {
                                    Context context = new Context(event, customer, now, zone, playbook.id());
                                    evaluated.add(decide(cause, playbook, context,
                                            trigger.matches(playbook.triggerParams(), context)));
                                }
                                return record(session, cause, evaluated).replaceWithVoid();
                            });
                }));
    }

    /** The customer just became known: the trigger events held for it run now, oldest first. */
    public Uni<Void> release(Mutiny.Session session, String tenant, UUID customer) {
        return pending.take(session, tenant, customer).chain(held -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (PendingTriggers.Held event : held) {
                chain = chain.chain(() -> onEvent(session, event.headers(), event.event()));
            }
            return chain;
        });
    }

    /**
     * Evaluates one playbook whose trigger said {@code triggered}, records the evaluation (at most once per
     * occurrence) and, when it fires, runs it. Answers whether this call fired it.
     */
    public Uni<Boolean> evaluate(Mutiny.Session session, EventHeaders cause, ActivePlaybook playbook, Context context,
                                 Condition.Outcome triggered) {
        return record(session, cause, List.of(decide(cause, playbook, context, triggered))).map(fired -> !fired.isEmpty());
    }

    /** The playbook's decision (pure: no I/O), with the loop guard when the cause is too deep a chain. */
    private Evaluated decide(EventHeaders cause, ActivePlaybook playbook, Context context, Condition.Outcome triggered) {
        TraceEntry guard = null;
        if (cause != null && cause.depth() >= maxDepth) {
            Map<String, Object> seen = new HashMap<>();
            seen.put("depth", cause.depth());
            seen.put("maxDepth", maxDepth);
            seen.put("reason", "the event was caused by a chain of " + cause.depth()
                    + " commands and events: a playbook loop is stopped here");
            guard = new TraceEntry("loop-guard", "causation.depth", false, seen);
        }
        Decision decision = PlaybookDecision.decide(catalog.evaluator(), playbook.definition(), playbook.trigger(),
                triggered, guard, context, context.facts().executionsOf(playbook.id()));
        boolean fire = decision.fire();
        return new Evaluated(playbook, context, fire, EventJson.write(decision.trace()), fire ? UUID.randomUUID() : null);
    }

    /**
     * Records the evaluations, fired or not, at most once per (playbook, customer, occurrence), and runs the fired
     * ones whose evaluation this call recorded; answers those.
     */
    private Uni<List<Evaluated>> record(Mutiny.Session session, EventHeaders cause, List<Evaluated> evaluated) {
        ArrayNode rows = EventJson.MAPPER.createArrayNode();
        for (Evaluated e : evaluated) {
            ObjectNode row = occurrenceRow(rows, e, UUID.randomUUID());
            row.put("occurrence_id", e.context().event().id().toString());
            row.put("fired", e.fire());
            row.put("trace", e.trace());
            row.put("execution_id", e.executionId() == null ? null : e.executionId().toString());
            row.put("evaluated_at", e.context().now().toString());
        }
        return session.createNativeQuery(INSERT_EVALUATIONS, UUID.class).setParameter("rows", EventJson.write(rows))
                .getResultList()
                .chain(inserted -> {
                    Set<UUID> recorded = new HashSet<>(inserted);
                    List<Evaluated> fired = new ArrayList<>();
                    for (Evaluated e : evaluated) {
                        if (recorded.contains(e.playbook().id())) {
                            RuntimeMeters.evaluated(e.playbook().id(), e.fire());
                            if (e.fire()) {
                                fired.add(e);
                            }
                        }
                    }
                    return fired.isEmpty() ? Uni.createFrom().item(List.<Evaluated>of()) : execute(session, cause, fired);
                });
    }

    /** A new row of {@code rows} with what evaluations and executions share: id, tenant, playbook, customer, trigger. */
    private static ObjectNode occurrenceRow(ArrayNode rows, Evaluated e, UUID id) {
        ObjectNode row = rows.addObject();
        row.put("id", id.toString());
        row.put("tenant_id", e.playbook().tenantId());
        row.put("playbook_id", e.playbook().id().toString());
        row.put("playbook_version", e.playbook().version());
        row.put("customer_id", e.context().event().customerId().toString());
        row.put("trigger_type", e.playbook().trigger());
        return row;
    }

    /** Opens the fired evaluations' executions (once per occurrence) and dispatches their steps; answers those opened. */
    private Uni<List<Evaluated>> execute(Mutiny.Session session, EventHeaders cause, List<Evaluated> fired) {
        ArrayNode rows = EventJson.MAPPER.createArrayNode();
        for (Evaluated e : fired) {
            ObjectNode row = occurrenceRow(rows, e, e.executionId());
            row.put("trigger_event_id", e.context().event().id().toString());
            row.put("trace", e.trace());
            row.put("created_at", e.context().now().toString());
        }
        return session.createNativeQuery(INSERT_EXECUTIONS, UUID.class).setParameter("rows", EventJson.write(rows))
                .getResultList()
                .chain(inserted -> {
                    Set<UUID> opened = new HashSet<>(inserted);
                    List<Evaluated> running = fired.stream().filter(e -> opened.contains(e.executionId())).toList();
                    running.forEach(e -> RuntimeMeters.execution(e.playbook().id(), "started"));
                    return running.isEmpty() ? Uni.createFrom().item(running)
                            : dispatch(session, cause, running).replaceWith(running);
                });
    }

    /**
     * Every step of these executions: due now → a DISPATCHED (or SKIPPED) step row and its command; later → scheduled
     * (DelayedSteps); due on an unknown date → SKIPPED. Rows and commands go out in one statement each, in step order.
     * An execution with nothing dispatched or scheduled is closed at once.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Uni<Void> dispatch(Mutiny.Session session, EventHeaders cause, List<Evaluated> running) {
        ArrayNode steps = EventJson.MAPPER.createArrayNode();
        List<java.util.function.Supplier<Uni<?>>> commands = new ArrayList<>();
        List<UUID> toClose = new ArrayList<>();
        Uni<Void> scheduled = Uni.createFrom().voidItem();
        for (Evaluated e : running) {
            ActivePlaybook playbook = e.playbook();
            Context context = e.context();
            JsonNode actions = playbook.actions();
            boolean open = false;
            for (int i = 0; i < actions.size(); i++) {
                JsonNode spec = actions.get(i);
                ExecutionStep step = new ExecutionStep(e.executionId(), i, playbook.id(), playbook.version());
                Action action = catalog.actions().get(spec.path("type").asText());
                Action.Plan plan = action.plan(spec.path("params"), step, context);
                Delay.Due due = Delay.of(spec, context);
                if (due != null && due.at() != null && due.at().isAfter(context.now())) {
                    open = true;
                    scheduled = scheduled.chain(() -> delayed.schedule(session, cause, playbook, context, step, spec,
                            plan, due.at()));
                    continue;
                }
                Action.Plan now = due != null && due.at() == null ? Action.Plan.skip(due.unknown()) : plan;
                boolean skipped = now.command() == null;
                ObjectNode row = steps.addObject();
                row.put("execution_id", step.executionId().toString());
                row.put("step", step.step());
                row.put("action_type", action.id());
                row.put("status", skipped ? ActionResult.Status.SKIPPED.name() : "DISPATCHED");
                row.put("detail", now.skipReason());
                row.put("updated_at", context.now().toString());
                if (!skipped) {
                    open = true;
                    UUID customer = context.event().customerId();
                    MessageType type = now.commandType();
                    Object command = now.command();
                    commands.add(() -> cause == null
                            ? outbox.publish(session, Topic.ACTIONS_COMMANDS, type, playbook.tenantId(), customer, command)
                            : outbox.publishCausedBy(session, cause, Topic.ACTIONS_COMMANDS, type, customer, command));
                }
            }
            if (!open) {
                toClose.add(e.executionId());
            }
        }
        Uni<Void> written = steps.isEmpty() ? Uni.createFrom().voidItem()
                : session.createNativeQuery(INSERT_STEPS).setParameter("rows", EventJson.write(steps)).executeUpdate()
                .replaceWithVoid();
        // the commands' outbox rows are kept back and written in multi-row inserts, in this order (Outbox.batched)
        return scheduled.chain(() -> written)
                .chain(() -> outbox.batched(session, () -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (var command : commands) {
                        chain = chain.chain(() -> command.get().replaceWithVoid());
                    }
                    return chain;
                }))
                .chain(() -> close(session, toClose));
    }

    /** Executions with every step skipped are done: COMPLETED at once. */
    private Uni<Void> close(Mutiny.Session session, List<UUID> executions) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID execution : executions) {
            chain = chain.chain(() -> session.createNativeQuery(ResultsConsumer.CLOSE_EXECUTION)
                    .setParameter("execution", execution).executeUpdate().replaceWithVoid());
        }
        return chain;
    }

}
