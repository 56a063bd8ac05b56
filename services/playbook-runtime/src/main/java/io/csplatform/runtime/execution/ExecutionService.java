package io.csplatform.runtime.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.outbox.Outbox;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Decision;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.facts.FactsProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Matches the active playbooks of an event's trigger, evaluates them and records one execution per
 * (playbook version, customer, event); a fired execution sends one command per action through the outbox.
 */
@ApplicationScoped
public class ExecutionService {

    private static final String ACTIVE = """
            select p.id, p.version, v.definition from playbook p
            join playbook_version v on v.playbook_id = p.id and v.version = p.version
            where p.tenant_id = :tenant and p.trigger_type = :trigger and p.status = 'ACTIVE'""";
    private static final String INSERT_EXECUTION = """
            insert into execution (id, tenant_id, playbook_id, playbook_version, customer_id, trigger_event_id,
              trigger_type, status, trace, created_at)
            values (:id, :tenant, :playbook, :version, :customer, :event, :trigger, :status, :trace, :at)
            on conflict (playbook_id, playbook_version, customer_id, trigger_event_id) do nothing""";
    private static final String INSERT_STEP = """
            insert into execution_step (execution_id, step, action_type, status, detail, updated_at)
            values (:execution, :step, :type, :status, :detail, :at)""";

    private final Catalog catalog;
    private final FactsProjection facts;
    private final Outbox outbox;
    private final Clock clock;

    public ExecutionService(Catalog catalog, FactsProjection facts, Outbox outbox, Clock clock) {
        this.catalog = catalog;
        this.facts = facts;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> onEvent(Mutiny.Session session, IncomingMessage message, TriggerEvent event) {
        String tenant = message.headers().tenantId();
        return session.createNativeQuery(ACTIVE, Object[].class)
                .setParameter("tenant", tenant).setParameter("trigger", event.type())
                .getResultList()
                .chain(playbooks -> playbooks.isEmpty() ? Uni.createFrom().voidItem()
                        : facts.load(session, tenant, event.customerId())
                        .onItem().ifNull().failWith(() -> new FactsNotReadyException(event.customerId()))
                        .chain(customer -> runAll(session, message, event, customer, playbooks)));
    }

    private Uni<Void> runAll(Mutiny.Session session, IncomingMessage message, TriggerEvent event, Facts customer,
                             List<Object[]> playbooks) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Object[] row : playbooks) {
            chain = chain.chain(() -> run(session, message, event, customer, (UUID) row[0], (Integer) row[1],
                    io.csplatform.runtime.playbook.PlaybookDefinitions.parse((String) row[2])));
        }
        return chain;
    }

    private Uni<Void> run(Mutiny.Session session, IncomingMessage message, TriggerEvent event, Facts customer,
                          UUID playbookId, int version, JsonNode definition) {
        var context = new io.csplatform.runtime.evaluation.Context(event, customer, clock.instant(),
                java.time.ZoneId.of("America/Sao_Paulo"), playbookId);
        var trigger = catalog.eventTrigger(event.type());
        if (trigger != null && !trigger.matches(definition.path("trigger").path("params"), context).passed()) {
            return Uni.createFrom().voidItem();
        }
        Decision decision = catalog.evaluator().evaluate(definition.get("conditions"), context);
        UUID executionId = UUID.randomUUID();
        return session.createNativeQuery(INSERT_EXECUTION)
                .setParameter("id", executionId).setParameter("tenant", message.headers().tenantId())
                .setParameter("playbook", playbookId).setParameter("version", version)
                .setParameter("customer", event.customerId()).setParameter("event", event.id())
                .setParameter("trigger", event.type())
                .setParameter("status", decision.fire() ? "RUNNING" : "CONDITIONS_NOT_MET")
                .setParameter("trace", EventJson.write(decision.trace()))
                .setParameter("at", clock.instant())
                .executeUpdate()
                .chain(inserted -> inserted == 0 || !decision.fire() ? Uni.createFrom().voidItem()
                        : dispatch(session, message, event, customer, new ExecutionStep(executionId, 0, playbookId, version),
                        definition.get("actions")));
    }

    private Uni<Void> dispatch(Mutiny.Session session, IncomingMessage message, TriggerEvent event, Facts customer,
                               ExecutionStep first, JsonNode actions) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < actions.size(); i++) {
            JsonNode spec = actions.get(i);
            ExecutionStep step = new ExecutionStep(first.executionId(), i, first.playbookId(), first.playbookVersion());
            Action action = catalog.actions().get(spec.path("type").asText());
            Action.Plan plan = action.plan(spec.path("params"), step, event, customer);
            chain = chain.chain(() -> step(session, step, action.id(), plan))
                    .chain(() -> plan.command() == null ? Uni.createFrom().voidItem()
                            : send(session, message, plan.commandType(), customer.customerId(), plan.command()));
        }
        return chain;
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<Void> send(Mutiny.Session session, IncomingMessage cause, MessageType<T> type, UUID customerId,
                               Object command) {
        return outbox.publishCausedBy(session, cause.headers(), Topic.ACTIONS_COMMANDS, type, customerId, (T) command)
                .replaceWithVoid();
    }

    private Uni<Void> step(Mutiny.Session session, ExecutionStep step, String actionType, Action.Plan plan) {
        boolean skipped = plan.command() == null;
        return session.createNativeQuery(INSERT_STEP)
                .setParameter("execution", step.executionId()).setParameter("step", step.step())
                .setParameter("type", actionType)
                .setParameter("status", skipped ? ActionResult.Status.SKIPPED.name() : "DISPATCHED")
                .setParameter("detail", plan.skipReason())
                .setParameter("at", clock.instant())
                .executeUpdate().replaceWithVoid();
    }
}
