package io.csplatform.runtime.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.execution.PlaybookDecision;
import io.csplatform.runtime.facts.FactsProjection;
import io.csplatform.runtime.facts.DomainTopics;
import io.csplatform.runtime.playbook.PlaybookDefinitions;
import io.csplatform.runtime.tenant.TenantZones;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Replays a playbook version over the trigger events recorded on the domain topics in a period, and reports per
 * customer what it would have fired next to what the playbook did fire (its executions). Read-only. The events are
 * evaluated against the customers' current facts (the projection keeps the present, not its history), so a report
 * answers "what would this version do with these events, knowing what we know now". Blocking: call it from a
 * worker thread.
 */
@ApplicationScoped
public class ReplayService {

    private static final int MAX_EVENTS = 10_000;
    private static final String VERSION = """
            select v.version, v.definition from playbook p join playbook_version v on v.playbook_id = p.id
            where p.tenant_id = :tenant and p.id = :id and v.version = coalesce(:version, p.version)""";
    private static final String FIRED = """
            select trigger_event_id, playbook_version from execution where tenant_id = :tenant and playbook_id = :id
              and created_at >= :from""";

    /** One customer of the report. */
    public record CustomerReplay(UUID customerId, int events, int wouldFire, int didFire, List<UUID> onlyReplayFired,
                                 List<UUID> onlyActiveFired) {
    }

    public record Report(UUID playbookId, int version, String trigger, Instant from, Instant to, int events,
                         int wouldFire, int didFire, boolean truncated, List<CustomerReplay> customers) {
    }

    private final Mutiny.SessionFactory sessions;
    private final Catalog catalog;
    private final FactsProjection facts;
    private final TenantZones zones;
    private final String bootstrapServers;
    private final Clock clock;

    public ReplayService(Mutiny.SessionFactory sessions, Catalog catalog, FactsProjection facts, TenantZones zones,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.catalog = catalog;
        this.facts = facts;
        this.zones = zones;
        this.bootstrapServers = bootstrapServers;
    }

    public Report replay(String tenant, UUID playbookId, Integer version, Instant from, Instant to) throws Throwable {
        if (!from.isBefore(to)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        Object[] stored = VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session -> session
                .createNativeQuery(VERSION, Object[].class).setParameter("tenant", tenant).setParameter("id", playbookId)
                .setParameter("version", version).getResultList()
                .map(rows -> rows.isEmpty() ? null : rows.get(0))));
        if (stored == null) {
            throw ProblemException.notFound("playbook " + playbookId + (version == null ? "" : " version " + version));
        }
        JsonNode definition = PlaybookDefinitions.parse((String) stored[1]);
        int resolvedVersion = (Integer) stored[0];
        String triggerType = definition.path("trigger").path("type").asText();
        EventTrigger trigger = catalog.eventTrigger(triggerType);
        if (trigger == null) {
            throw ProblemException.invalidField("version", "a scheduled trigger (" + triggerType
                    + ") has no recorded events to replay: try it with /api/v1/playbooks/simulate");
        }
        List<TriggerEvent> events = events(tenant, triggerType, from, to);
        boolean truncated = events.size() > MAX_EVENTS;
        List<TriggerEvent> replayed = truncated ? events.subList(0, MAX_EVENTS) : events;
        Map<UUID, Integer> fired = VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session -> session
                .createNativeQuery(FIRED, Object[].class).setParameter("tenant", tenant).setParameter("id", playbookId)
                .setParameter("from", from).getResultList()
                .map(rows -> {
                    Map<UUID, Integer> byEvent = new java.util.HashMap<>();
                    rows.forEach(r -> byEvent.put((UUID) r[0], (Integer) r[1]));
                    return byEvent;
                })));
        Map<UUID, List<TriggerEvent>> byCustomer = new TreeMap<>();
        replayed.forEach(e -> byCustomer.computeIfAbsent(e.customerId(), c -> new ArrayList<>()).add(e));
        ZoneId zone = VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(s -> zones.zone(s, tenant)));
        List<CustomerReplay> customers = new ArrayList<>();
        for (Map.Entry<UUID, List<TriggerEvent>> entry : byCustomer.entrySet()) {
            customers.add(customer(tenant, zone, playbookId, definition, trigger, entry.getKey(), entry.getValue(), fired));
        }
        return new Report(playbookId, resolvedVersion, triggerType, from, to, replayed.size(),
                customers.stream().mapToInt(CustomerReplay::wouldFire).sum(),
                customers.stream().mapToInt(CustomerReplay::didFire).sum(), truncated, customers);
    }

    private CustomerReplay customer(String tenant, ZoneId zone, UUID playbookId, JsonNode definition,
                                    EventTrigger trigger, UUID customer, List<TriggerEvent> events,
                                    Map<UUID, Integer> fired) throws Throwable {
        Instant now = clock.instant();
        Facts current = VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(s ->
                facts.load(s, tenant, customer, now.atZone(zone).toLocalDate())));
        int would = 0;
        int did = 0;
        List<UUID> onlyReplay = new ArrayList<>();
        List<UUID> onlyActive = new ArrayList<>();
        for (TriggerEvent event : events) {
            boolean replayFires = false;
            if (current != null) {
                Context context = new Context(event, current, event.time(), zone, playbookId);
                replayFires = PlaybookDecision.decide(catalog.evaluator(), definition, event.type(),
                        trigger.matches(definition.path("trigger").path("params"), context), null, context, null).fire();
            }
            boolean activeFired = fired.containsKey(event.id());
            would += replayFires ? 1 : 0;
            did += activeFired ? 1 : 0;
            if (replayFires && !activeFired) {
                onlyReplay.add(event.id());
            } else if (activeFired && !replayFires) {
                onlyActive.add(event.id());
            }
        }
        return new CustomerReplay(customer, events.size(), would, did, onlyReplay, onlyActive);
    }

    private List<TriggerEvent> events(String tenant, String type, Instant from, Instant to) {
        List<TriggerEvent> events = new ArrayList<>();
        try (DomainTopics topics = new DomainTopics(bootstrapServers, tenant, from)) {
            while (topics.more() && events.size() <= MAX_EVENTS) {
                topics.next(to).stream().filter(e -> type.equals(e.type())).forEach(events::add);
            }
        }
        events.sort(java.util.Comparator.comparing(TriggerEvent::time, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return events;
    }
}
