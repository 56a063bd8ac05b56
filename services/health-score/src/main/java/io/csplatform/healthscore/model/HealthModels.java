package io.csplatform.healthscore.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.csplatform.events.EventJson;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;

/** Each tenant's health model (table {@code health_model}, JSON); the defaults until an admin saves one. */
@ApplicationScoped
public class HealthModels {

    /** A tenant's model with its version (0: the defaults, never saved). */
    public record Versioned(HealthModel model, int version, Instant updatedAt, String updatedBy) {
    }

    private static final String SELECT = """
            select cast(model as text), version, updated_at, updated_by from health_model where tenant_id = :tenant""";
    private static final String UPSERT = """
            insert into health_model (tenant_id, model, version, updated_at, updated_by)
            values (:tenant, cast(cast(:model as text) as jsonb), 1, :at, :by)
            on conflict (tenant_id) do update set model = excluded.model, version = health_model.version + 1,
              updated_at = excluded.updated_at, updated_by = excluded.updated_by""";

    private final Clock clock;

    public HealthModels(Clock clock) {
        this.clock = clock;
    }

    public Uni<Versioned> of(Mutiny.Session session, String tenant) {
        return session.createNativeQuery(SELECT, Object[].class).setParameter("tenant", tenant).getResultList()
                .map(rows -> rows.isEmpty() ? new Versioned(DefaultModel.MODEL, 0, null, null)
                        : new Versioned(read((String) rows.get(0)[0]), ((Number) rows.get(0)[1]).intValue(),
                        io.csplatform.healthscore.score.Rows.instant(rows.get(0)[2]), (String) rows.get(0)[3]));
    }

    public Uni<Versioned> save(Mutiny.Session session, String tenant, HealthModel model, String by) {
        return session.createNativeQuery(UPSERT).setParameter("tenant", tenant)
                .setParameter("model", EventJson.write(model)).setParameter("at", clock.instant())
                .setParameter("by", by).executeUpdate()
                .chain(() -> of(session, tenant));
    }

    private static HealthModel read(String json) {
        try {
            return EventJson.MAPPER.readValue(json, HealthModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable health model", e);
        }
    }
}
