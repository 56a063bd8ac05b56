package io.csplatform.runtime.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.delay.Delay;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.CatalogEntry;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Decision;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.ScheduledTrigger;
import io.csplatform.runtime.evaluation.TraceEntry;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.execution.PlaybookDecision;
import io.csplatform.runtime.facts.FactsProjection;
import io.csplatform.runtime.playbook.PlaybookValidator;
import io.csplatform.runtime.tenant.TenantZones;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Try a playbook before turning it on: evaluates a document (saved or not) for chosen customers, or for the
 * tenant's customers up to a cap, against their current facts and an event the caller describes, and answers the
 * decision, the trace and the commands it would send. Read-only: one session that only selects, nothing written,
 * nothing sent.
 */
@ApplicationScoped
public class SimulationService {

    private static final int MAX_CUSTOMERS = 500;
    private static final String CUSTOMERS = """
            select customer_id from fact where tenant_id = :tenant and kind = 'customer' and field = 'known'
            order by customer_id limit :limit""";
    private static final UUID SIMULATION = new UUID(0, 0);

    private final Mutiny.SessionFactory sessions;
    private final Catalog catalog;
    private final PlaybookValidator validator;
    private final FactsProjection facts;
    private final TenantZones zones;
    private final Clock clock;

    public SimulationService(Mutiny.SessionFactory sessions, Catalog catalog, FactsProjection facts, TenantZones zones,
                             Clock clock) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.validator = new PlaybookValidator(catalog);
        this.facts = facts;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * {@code request}: {@code playbook} (a document), {@code customerIds} (a list) or {@code limit} (the first N
     * customers of the tenant, at most 500), optional {@code event} (the payload of the triggering event) and
     * {@code at} (the moment to simulate, default now).
     */
    public Uni<SimulationDtos.Simulation> simulate(String tenant, JsonNode request) {
        JsonNode playbook = request.path("playbook");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!playbook.isObject()) {
            errors.add(new Problem.FieldError("playbook", "is required: the playbook document to try"));
        } else {
            validator.validate(playbook).forEach(e -> errors.add(new Problem.FieldError("playbook." + e.path(), e.message())));
        }
        List<UUID> chosen = new ArrayList<>();
        JsonNode ids = request.path("customerIds");
        for (int i = 0; i < ids.size(); i++) {
            try {
                chosen.add(UUID.fromString(ids.get(i).asText()));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("customerIds[" + i + "]", "is not a customer id"));
            }
        }
        int limit = request.path("limit").asInt(50);
        if (ids.size() > MAX_CUSTOMERS || limit < 1 || limit > MAX_CUSTOMERS) {
            errors.add(new Problem.FieldError(ids.size() > MAX_CUSTOMERS ? "customerIds" : "limit",
                    "at most " + MAX_CUSTOMERS + " customers per simulation"));
        }
        Instant at;
        try {
            at = request.hasNonNull("at") ? Instant.parse(request.get("at").asText()) : clock.instant();
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new Problem.FieldError("at", "must be an instant such as 2026-12-01T12:00:00Z"));
            at = clock.instant();
        }
        if (request.hasNonNull("playbookId") && uuid(request.get("playbookId").asText()) == null) {
            errors.add(new Problem.FieldError("playbookId", "is not a playbook id"));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(Problem.invalid("The simulation request is not valid", errors)));
        }
        Instant now = at;
        UUID playbookId = request.hasNonNull("playbookId") ? uuid(request.get("playbookId").asText()) : SIMULATION;
        String trigger = playbook.path("trigger").path("type").asText();
        JsonNode payload = request.path("event").isObject() ? request.get("event") : EventJson.MAPPER.createObjectNode();
        return sessions.withSession(session -> zones.zone(session, tenant)
                .chain(zone -> (chosen.isEmpty()
                        ? session.createNativeQuery(CUSTOMERS, UUID.class).setParameter("tenant", tenant)
                        .setParameter("limit", limit).getResultList()
                        : Uni.createFrom().item((List<UUID>) chosen))
                        .chain(customers -> Multi.createFrom().iterable(customers)
                                .onItem().transformToUniAndConcatenate(customer -> facts.load(session, tenant, customer,
                                                now.atZone(zone).toLocalDate())
                                        .map(loaded -> result(playbook, playbookId, customer, loaded,
                                                new TriggerEvent(SIMULATION, trigger, customer, payload, now), zone)))
                                .collect().asList()))
                .map(items -> new SimulationDtos.Simulation(now, trigger, items.size(),
                        (int) items.stream().filter(SimulationDtos.CustomerResult::fire).count(), items)));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private SimulationDtos.CustomerResult result(JsonNode playbook, UUID playbookId, UUID customer, Facts loaded,
                                                 TriggerEvent event, ZoneId zone) {
        if (loaded == null) {
            return new SimulationDtos.CustomerResult(customer, false, false, List.of(), List.of());
        }
        Context context = new Context(event, loaded, event.time(), zone, playbookId);
        JsonNode params = playbook.path("trigger").path("params");
        CatalogEntry trigger = catalog.trigger(event.type());
        Condition.Outcome triggered = trigger instanceof EventTrigger e ? e.matches(params, context)
                : ((ScheduledTrigger) trigger).firesFor(params, context);
        Decision decision = PlaybookDecision.decide(catalog.evaluator(), playbook, event.type(), triggered, null, context,
                loaded.executionsOf(playbookId));
        boolean fire = decision.fire();
        List<TraceEntry> trace = decision.trace();
        return new SimulationDtos.CustomerResult(customer, true, fire, trace, fire ? plan(playbook, context) : List.of());
    }

    private List<SimulationDtos.PlannedStep> plan(JsonNode playbook, Context context) {
        List<SimulationDtos.PlannedStep> steps = new ArrayList<>();
        JsonNode actions = playbook.path("actions");
        for (int i = 0; i < actions.size(); i++) {
            JsonNode spec = actions.get(i);
            Action action = catalog.actions().get(spec.path("type").asText());
            Action.Plan plan = action.plan(spec.path("params"), new ExecutionStep(SIMULATION, i, SIMULATION, 0),
                    context);
            Delay.Due due = Delay.of(spec, context);
            String skip = plan.skipReason() != null ? plan.skipReason() : due != null && due.at() == null ? due.unknown() : null;
            steps.add(new SimulationDtos.PlannedStep(i, action.id(), plan.commandType() == null ? null : plan.commandType().name(),
                    skip == null ? plan.command() : null, due == null ? context.now() : due.at(), skip));
        }
        return steps;
    }
}
