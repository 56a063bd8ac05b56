package io.csplatform.runtime.execution;

import com.fasterxml.jackson.core.type.TypeReference;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.MessageTypes;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.outbox.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.facts.FactsProjection;
import io.csplatform.runtime.tenant.TenantZones;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.matcher.ActivePlaybook;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Delayed steps: a fired playbook's step whose action has a {@code delay} is stored (SCHEDULED) with its action as
 * its version defined it and the trigger event, and when due, if its playbook is still ACTIVE and the customer not
 * archived, planned again from the facts of that moment (recipients resolve when the action runs: seed 003) and
 * sent, or SKIPPED with the plan's reason; otherwise it is SKIPPED with the reason (seed 001). The version that fired defines the step: an edit of the playbook meanwhile
 * does not change it unless the edit cancels the waiting steps ({@link #cancel}); a deactivation or maintenance
 * skips it.
 */
@ApplicationScoped
public class DelayedSteps {

    private static final String INSERT_STEP = """
            insert into execution_step (execution_id, step, action_type, status, detail, updated_at)
            values (:execution, :step, :type, 'SCHEDULED', :detail, :at)""";
    private static final String INSERT_DELAYED = """
            insert into delayed_step (execution_id, step, tenant_id, playbook_id, playbook_version, customer_id, due_at,
              command_type, command, cause, action, event)
            values (:execution, :step, :tenant, :playbook, :version, :customer, :due, :type, :command, :cause, :action,
                    :event)""";
    private static final String CLAIM = """
            select d.execution_id, d.step, d.tenant_id, d.customer_id, d.command_type, d.command, d.cause, p.status,
                   (select cast(f.value as text) from fact f where f.tenant_id = d.tenant_id and f.customer_id = d.customer_id
                      and f.kind = 'customer' and f.entity = '' and f.field = 'archivedAt'),
                   d.action, d.event, d.playbook_id, d.playbook_version
            from delayed_step d join playbook p on p.id = d.playbook_id
            where d.due_at <= :now order by d.due_at limit :limit for update of d skip locked""";
    private static final String DONE = "delete from delayed_step where execution_id = :execution and step = :step";
    private static final String WAITING = """
            select count(*) from delayed_step where playbook_id = :playbook and playbook_version < :version""";
    private static final String CANCEL = """
            with cancelled as (
              delete from delayed_step where playbook_id = :playbook and playbook_version < :version
              returning execution_id, step)
            update execution_step s set status = 'SKIPPED', detail = :detail, updated_at = :at
            from cancelled c where s.execution_id = c.execution_id and s.step = c.step
            returning s.execution_id""";
    private static final String UPDATE_STEP = """
            update execution_step set status = :status, detail = :detail, updated_at = :at
            where execution_id = :execution and step = :step""";

    private final Outbox outbox;
    private final Catalog catalog;
    private final FactsProjection facts;
    private final TenantZones zones;

    public DelayedSteps(Outbox outbox, Catalog catalog, FactsProjection facts, TenantZones zones) {
        this.outbox = outbox;
        this.catalog = catalog;
        this.facts = facts;
        this.zones = zones;
    }

    Uni<Void> schedule(Mutiny.Session session, EventHeaders cause, ActivePlaybook playbook, Context context,
                       ExecutionStep step, JsonNode action, Action.Plan plan, Instant due) {
        String actionType = action.path("type").asText();
        return session.createNativeQuery(INSERT_STEP)
                .setParameter("execution", step.executionId()).setParameter("step", step.step())
                .setParameter("type", actionType).setParameter("detail", "due " + due).setParameter("at", context.now())
                .executeUpdate()
                .chain(() -> session.createNativeQuery(INSERT_DELAYED)
                        .setParameter("execution", step.executionId()).setParameter("step", step.step())
                        .setParameter("tenant", playbook.tenantId()).setParameter("playbook", playbook.id())
                        .setParameter("version", playbook.version()).setParameter("customer", context.event().customerId())
                        .setParameter("due", due)
                        .setParameter("type", plan.commandType() == null ? actionType : plan.commandType().name())
                        .setParameter("command", EventJson.write(plan.command()))
                        .setParameter("cause", cause == null ? null : EventJson.write(cause.toMap()))
                        .setParameter("action", EventJson.write(action))
                        .setParameter("event", EventJson.write(context.event()))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** How many steps of a playbook's versions before {@code version} are still waiting. */
    public Uni<Long> waiting(Mutiny.Session session, UUID playbook, int version) {
        return session.createNativeQuery(WAITING, Long.class)
                .setParameter("playbook", playbook).setParameter("version", version).getSingleResult();
    }

    /**
     * Skips, in the caller's transaction, every step of a playbook's versions before {@code version} that is still
     * waiting, with {@code reason}; their executions close as a step's result closes them. Rows a sweep holds are waited
     * for (a step being sent is sent, then is no longer waiting). Answers how many steps it skipped.
     */
    public Uni<Integer> cancel(Mutiny.Session session, UUID playbook, int version, String reason, Instant at) {
        return session.createNativeQuery(CANCEL, UUID.class)
                .setParameter("playbook", playbook).setParameter("version", version)
                .setParameter("detail", reason).setParameter("at", at)
                .getResultList()
                .chain(executions -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (UUID execution : new java.util.LinkedHashSet<>(executions)) {
                        chain = chain.chain(() -> session.createNativeQuery(ResultsConsumer.CLOSE_EXECUTION)
                                .setParameter("execution", execution).executeUpdate().replaceWithVoid());
                    }
                    return chain.replaceWith(executions.size());
                });
    }

    /** Sends (or skips) up to {@code limit} due steps in the caller's transaction; answers how many it handled. */
    public Uni<Integer> runDue(Mutiny.Session session, Instant now, int limit) {
        return session.createNativeQuery(CLAIM, Object[].class)
                .setParameter("now", now).setParameter("limit", limit).getResultList()
                .chain(rows -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        chain = chain.chain(() -> handle(session, row, now));
                    }
                    return chain.replaceWith(rows.size());
                });
    }

    private Uni<Void> handle(Mutiny.Session session, Object[] row, Instant now) {
        UUID execution = (UUID) row[0];
        int step = (Integer) row[1];
        String status = (String) row[7];
        boolean archived = row[8] != null && !"null".equals(row[8]);
        String skip = !"ACTIVE".equals(status) ? "the playbook is " + status + " when the step is due"
                : archived ? "the customer was archived before the step was due" : null;
        Uni<Void> effect = skip != null ? update(session, execution, step, "SKIPPED", skip, now)
                : row[9] == null || row[10] == null
                ? send(session, row).chain(() -> update(session, execution, step, "DISPATCHED", null, now))
                : replan(session, row, now).chain(plan -> plan.command() == null
                        ? update(session, execution, step, "SKIPPED", "when due: " + plan.skipReason(), now)
                        : send(session, row, plan.commandType(), plan.command())
                        .chain(() -> update(session, execution, step, "DISPATCHED", null, now)));
        return effect
                .chain(() -> session.createNativeQuery(DONE).setParameter("execution", execution).setParameter("step", step)
                        .executeUpdate())
                .chain(() -> session.createNativeQuery(ResultsConsumer.CLOSE_EXECUTION).setParameter("execution", execution)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * The step planned again as its version defined it, for the trigger event that fired it, from the facts and the
     * tenant's zone of now: recipients and targets are those of the moment the action runs.
     */
    private Uni<Action.Plan> replan(Mutiny.Session session, Object[] row, Instant now) {
        String tenant = (String) row[2];
        UUID customer = (UUID) row[3];
        JsonNode action = read((String) row[9], JsonNode.class);
        TriggerEvent event = read((String) row[10], TriggerEvent.class);
        var step = new ExecutionStep((UUID) row[0], (Integer) row[1], (UUID) row[11], (Integer) row[12]);
        return zones.zone(session, tenant).chain(zone -> facts.load(session, tenant, customer, now.atZone(zone).toLocalDate())
                .map(known -> catalog.actions().get(action.path("type").asText()).plan(action.path("params"), step,
                        new Context(event, known, now, zone, step.playbookId()))));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.MAPPER.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Uni<Void> send(Mutiny.Session session, Object[] row, MessageType<?> type, Object command) {
        UUID customer = (UUID) row[3];
        MessageType<Object> untyped = (MessageType<Object>) type;
        return (row[6] == null
                ? outbox.publish(session, Topic.ACTIONS_COMMANDS, untyped, (String) row[2], customer, command)
                : outbox.publishCausedBy(session, EventHeaders.fromMap(map((String) row[6])), Topic.ACTIONS_COMMANDS,
                untyped, customer, command))
                .replaceWithVoid();
    }

    /** A row written before steps were planned again when due: the command planned when the playbook fired. */
    @SuppressWarnings("unchecked")
    private Uni<Void> send(Mutiny.Session session, Object[] row) {
        MessageType<Object> type = (MessageType<Object>) MessageTypes.ALL.stream()
                .filter(t -> t.kind() == MessageType.Kind.COMMAND && t.name().equals(row[4])).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown command type " + row[4]));
        Object command;
        try {
            command = EventJson.MAPPER.readValue((String) row[5], type.payloadType());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored command cannot be read", e);
        }
        UUID customer = (UUID) row[3];
        return (row[6] == null
                ? outbox.publish(session, Topic.ACTIONS_COMMANDS, type, (String) row[2], customer, command)
                : outbox.publishCausedBy(session, EventHeaders.fromMap(map((String) row[6])), Topic.ACTIONS_COMMANDS, type,
                customer, command))
                .replaceWithVoid();
    }

    private static Uni<Void> update(Mutiny.Session session, UUID execution, int step, String status, String detail,
                                    Instant at) {
        return session.createNativeQuery(UPDATE_STEP).setParameter("status", status).setParameter("detail", detail)
                .setParameter("at", at).setParameter("execution", execution).setParameter("step", step)
                .executeUpdate().replaceWithVoid();
    }

    private static Map<String, String> map(String json) {
        try {
            return EventJson.MAPPER.readValue(json, new TypeReference<>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored headers cannot be read", e);
        }
    }

}
