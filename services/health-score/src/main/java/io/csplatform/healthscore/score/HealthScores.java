package io.csplatform.healthscore.score;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.healthscore.model.HealthModels;
import io.csplatform.tenantsettings.TenantZones;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Scores one customer in the caller's transaction: its facts and the tenant's model through the pure
 * {@link HealthEvaluator}, the current score replaced, and, when the score or the band changed, a history row and
 * {@code healthscore.changed} through the outbox.
 */
@ApplicationScoped
public class HealthScores {

    /** The score after a recompute, and whether it changed (score or band). */
    public record Scored(Evaluation evaluation, BigDecimal fromScore, String fromBand, boolean changed,
                         Instant computedAt) {
    }

    /**
     * One scoring of a customer at a time, held until the transaction ends and taken before its facts are read: a
     * recompute running while a manual change is applied would otherwise read the facts without the change and
     * overwrite its score afterwards (seen when the daily recompute of a tenant overlapped manual changes).
     */
    private static final String LOCK =
            "select cast(1 as integer) from pg_advisory_xact_lock(hashtextextended(cast(:key as text), 0))";
    private static final String CURRENT = """
            select score, band from health_score where tenant_id = :tenant and customer_id = :customer for update""";
    private static final String UPSERT = """
            insert into health_score (tenant_id, customer_id, score, band, explanation, model_version, computed_at)
            values (:tenant, :customer, :score, :band, cast(cast(:explanation as text) as jsonb), :version, :at)
            on conflict (tenant_id, customer_id) do update set score = excluded.score, band = excluded.band,
              explanation = excluded.explanation, model_version = excluded.model_version,
              computed_at = excluded.computed_at""";
    private static final String HISTORY = """
            insert into health_score_history (id, tenant_id, customer_id, score, band, from_score, from_band, reason,
                                              explanation, computed_at)
            values (:id, :tenant, :customer, :score, :band, :fromScore, :fromBand, :reason,
                    cast(cast(:explanation as text) as jsonb), :at)""";

    private final FactsReader facts;
    private final HealthModels models;
    private final TenantZones zones;
    private final HealthScoreEvents events;
    private final Clock clock;

    public HealthScores(FactsReader facts, HealthModels models, TenantZones zones, HealthScoreEvents events,
                        Clock clock) {
        this.facts = facts;
        this.models = models;
        this.zones = zones;
        this.events = events;
        this.clock = clock;
    }

    /** Scores the customer now; {@code cause} (may be null) is the message that led here, {@code reason} says why. */
    public Uni<Scored> recompute(Mutiny.Session session, String tenant, UUID customer, String reason, EventHeaders cause) {
        return session.createNativeQuery(LOCK, Integer.class).setParameter("key", tenant + "/" + customer)
                .getSingleResult().chain(locked -> {
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    return zones.zone(session, tenant)
                            .chain(zone -> models.of(session, tenant).chain(model -> facts.read(session, tenant,
                                            customer, LocalDate.ofInstant(now, zone), now)
                                    .map(read -> HealthEvaluator.evaluate(read, model.model()))
                                    .chain(evaluation -> store(session, tenant, customer, evaluation, model.version(),
                                            reason, cause, now))));
                });
    }

    /** The score the customer would have now, computed without storing anything. */
    public Uni<Evaluation> preview(Mutiny.Session session, String tenant, UUID customer) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return zones.zone(session, tenant)
                .chain(zone -> models.of(session, tenant).chain(model -> facts.read(session, tenant, customer,
                                LocalDate.ofInstant(now, zone), now)
                        .map(read -> HealthEvaluator.evaluate(read, model.model()))));
    }

    private Uni<Scored> store(Mutiny.Session session, String tenant, UUID customer, Evaluation evaluation,
                              int modelVersion, String reason, EventHeaders cause, Instant now) {
        String explanation = EventJson.write(evaluation);
        return session.createNativeQuery(CURRENT, Object[].class)
                .setParameter("tenant", tenant).setParameter("customer", customer).getResultList()
                .chain(rows -> {
                    BigDecimal fromScore = rows.isEmpty() ? null : Rows.decimal(rows.get(0)[0]).setScale(2);
                    String fromBand = rows.isEmpty() ? null : (String) rows.get(0)[1];
                    boolean changed = fromScore == null || fromScore.compareTo(evaluation.score()) != 0
                            || !fromBand.equals(evaluation.band());
                    Scored scored = new Scored(evaluation, fromScore, fromBand, changed, now);
                    Uni<Integer> saved = session.createNativeQuery(UPSERT)
                            .setParameter("tenant", tenant).setParameter("customer", customer)
                            .setParameter("score", evaluation.score()).setParameter("band", evaluation.band())
                            .setParameter("explanation", explanation).setParameter("version", modelVersion)
                            .setParameter("at", now).executeUpdate();
                    if (!changed) {
                        return saved.replaceWith(scored);
                    }
                    return saved.chain(() -> session.createNativeQuery(HISTORY)
                                    .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenant)
                                    .setParameter("customer", customer).setParameter("score", evaluation.score())
                                    .setParameter("band", evaluation.band()).setParameter("fromScore", fromScore)
                                    .setParameter("fromBand", fromBand).setParameter("reason", reason)
                                    .setParameter("explanation", explanation).setParameter("at", now).executeUpdate())
                            .chain(() -> events.changed(session, tenant, customer, scored, reason, cause))
                            .replaceWith(scored);
                });
    }
}
