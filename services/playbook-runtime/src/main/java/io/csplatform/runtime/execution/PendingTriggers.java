package io.csplatform.runtime.execution;

import com.fasterxml.jackson.core.type.TypeReference;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.playbook.PlaybookDefinitions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Trigger events for a customer the projection does not know yet (customer.created travels on another topic and may
 * come later): held in the same transaction as the event's inbox row, and released when the customer becomes known,
 * so the playbooks still run, once, with complete facts.
 */
@ApplicationScoped
public class PendingTriggers {

    private static final String HOLD = """
            insert into pending_trigger (event_id, tenant_id, customer_id, type, payload, headers, received_at)
            values (:id, :tenant, :customer, :type, :payload, :headers, :at) on conflict do nothing""";
    private static final String TAKE = """
            delete from pending_trigger where tenant_id = :tenant and customer_id = :customer
            returning event_id, type, payload, headers, received_at""";

    /** A held event with the headers it came with. */
    public record Held(EventHeaders headers, TriggerEvent event) {
    }

    private final Clock clock;

    public PendingTriggers(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> hold(Mutiny.Session session, EventHeaders headers, TriggerEvent event) {
        return session.createNativeQuery(HOLD)
                .setParameter("id", event.id()).setParameter("tenant", headers.tenantId())
                .setParameter("customer", event.customerId()).setParameter("type", event.type())
                .setParameter("payload", event.payload().toString())
                .setParameter("headers", EventJson.write(headers.toMap()))
                .setParameter("at", clock.instant())
                .executeUpdate().replaceWithVoid();
    }

    /** Removes and answers the customer's held events, oldest first. */
    public Uni<List<Held>> take(Mutiny.Session session, String tenant, UUID customer) {
        return session.createNativeQuery(TAKE, Object[].class)
                .setParameter("tenant", tenant).setParameter("customer", customer).getResultList()
                .map(rows -> rows.stream().map(r -> {
                    EventHeaders headers = EventHeaders.fromMap(map((String) r[3]));
                    return new Held(headers, new TriggerEvent((UUID) r[0], (String) r[1], customer,
                            PlaybookDefinitions.parse((String) r[2]), headers.time()));
                }).sorted(java.util.Comparator.comparing(h -> h.event().time(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.<Instant>naturalOrder()))).toList());
    }

    private static Map<String, String> map(String json) {
        try {
            return EventJson.MAPPER.readValue(json, new TypeReference<>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("held headers cannot be read", e);
        }
    }

}
