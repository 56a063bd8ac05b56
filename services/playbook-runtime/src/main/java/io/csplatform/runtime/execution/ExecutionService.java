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

    private static final String INSERT_EVALUATION = """
            insert into evaluation (id, tenant_id, playbook_id, playbook_version, customer_id, occurrence_id,
              trigger_type, fired, trace, execution_id, evaluated_at)
            values (:id, :tenant, :playbook, :version, :customer, :occurrence, :trigger, :fired, cast(cast(:trace as text) as jsonb),
              :execution, :at)
            on conflict (playbook_id, customer_id, occurrence_id) do nothing""";
    private static final String INSERT_EXECUTION = """
            insert into execution (id, tenant_id, playbook_id, playbook_version, customer_id, trigger_event_id,
              trigger_type, status, trace, created_at)
            values (:id, :tenant, :playbook, :version, :customer, :event, :trigger, 'RUNNING', :trace, :at)
            on conflict (playbook_id, customer_id, trigger_event_id) do nothing""";
    private static final String INSERT_STEP = """
            insert into execution_step (execution_id, step, action_type, status, detail, updated_at)
            values (:execution, :step, :type, :status, :detail, :at)""";

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
                                Uni<Void> chain = Uni.createFrom().voidItem();
                                for (ActivePlaybook playbook : playbooks) {
                                    Context context = new Context(event, customer, now, zone, playbook.id());
                                    chain = chain.chain(() -> evaluate(session, cause, playbook, context,
                                            trigger.matches(playbook.triggerParams(), context)).replaceWithVoid());
                                }
                                return chain;
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
        List<TraceEntry> trace = decision.trace();
        boolean fire = decision.fire();
        boolean fired = fire;
        UUID executionId = fired ? UUID.randomUUID() : null;
        TriggerEvent event = context.event();
        String traceJson = EventJson.write(trace);
        return session.createNativeQuery(INSERT_EVALUATION)
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", playbook.tenantId())
                .setParameter("playbook", playbook.id()).setParameter("version", playbook.version())
                .setParameter("customer", event.customerId()).setParameter("occurrence", event.id())
                .setParameter("trigger", playbook.trigger()).setParameter("fired", fired)
                .setParameter("trace", traceJson).setParameter("execution", executionId)
                .setParameter("at", context.now())
                .executeUpdate()
                .invoke(inserted -> {
                    if (inserted > 0) {
                        RuntimeMeters.evaluated(playbook.id(), fired);
                    }
                })
                .chain(inserted -> inserted == 0 || !fired ? Uni.createFrom().item(false)
                        : execute(session, cause, playbook, context, executionId, traceJson).replaceWith(true));
    }

    private Uni<Void> execute(Mutiny.Session session, EventHeaders cause, ActivePlaybook playbook, Context context,
                              UUID executionId, String trace) {
        TriggerEvent event = context.event();
        return session.createNativeQuery(INSERT_EXECUTION)
                .setParameter("id", executionId).setParameter("tenant", playbook.tenantId())
                .setParameter("playbook", playbook.id()).setParameter("version", playbook.version())
                .setParameter("customer", event.customerId()).setParameter("event", event.id())
                .setParameter("trigger", playbook.trigger()).setParameter("trace", trace)
                .setParameter("at", context.now())
                .executeUpdate()
                .invoke(inserted -> {
                    if (inserted > 0) {
                        RuntimeMeters.execution(playbook.id(), "started");
                    }
                })
                .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem()
                        : dispatch(session, cause, playbook, context, executionId)
                        .chain(() -> session.createNativeQuery(ResultsConsumer.CLOSE_EXECUTION)
                                .setParameter("execution", executionId).executeUpdate()).replaceWithVoid());
    }

    private Uni<Void> dispatch(Mutiny.Session session, EventHeaders cause, ActivePlaybook playbook, Context context,
                               UUID executionId) {
        JsonNode actions = playbook.actions();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < actions.size(); i++) {
            JsonNode spec = actions.get(i);
            ExecutionStep step = new ExecutionStep(executionId, i, playbook.id(), playbook.version());
            Action action = catalog.actions().get(spec.path("type").asText());
            Action.Plan plan = action.plan(spec.path("params"), step, context);
            Delay.Due due = Delay.of(spec, context);
            if (due != null && due.at() == null) {
                chain = chain.chain(() -> step(session, step, action.id(), Action.Plan.skip(due.unknown()), context.now()));
            } else if (due != null && due.at().isAfter(context.now())) {
                chain = chain.chain(() -> delayed.schedule(session, cause, playbook, context, step, spec, plan,
                        due.at()));
            } else {
                chain = chain.chain(() -> step(session, step, action.id(), plan, context.now()))
                        .chain(() -> plan.command() == null ? Uni.createFrom().voidItem()
                                : send(session, cause, playbook.tenantId(), plan.commandType(),
                                context.event().customerId(), plan.command()));
            }
        }
        return chain;
    }

    @SuppressWarnings("unchecked")
    <T> Uni<Void> send(Mutiny.Session session, EventHeaders cause, String tenant, MessageType<T> type,
                               UUID customerId, Object command) {
        return (cause == null
                ? outbox.publish(session, Topic.ACTIONS_COMMANDS, type, tenant, customerId, (T) command)
                : outbox.publishCausedBy(session, cause, Topic.ACTIONS_COMMANDS, type, customerId, (T) command))
                .replaceWithVoid();
    }

    private Uni<Void> step(Mutiny.Session session, ExecutionStep step, String actionType, Action.Plan plan, Instant at) {
        boolean skipped = plan.command() == null;
        return session.createNativeQuery(INSERT_STEP)
                .setParameter("execution", step.executionId()).setParameter("step", step.step())
                .setParameter("type", actionType)
                .setParameter("status", skipped ? ActionResult.Status.SKIPPED.name() : "DISPATCHED")
                .setParameter("detail", plan.skipReason())
                .setParameter("at", at)
                .executeUpdate().replaceWithVoid();
    }
}
