package io.csplatform.healthscore.inputs;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.UUID;

/** The customer's NPS and CSAT answers, one row per response. */
@ApplicationScoped
public class SurveyProjection {

    private static final String INSERT = """
            insert into survey_answer (tenant_id, response_id, customer_id, kind, score, answered_at)
            values (:tenant, :response, :customer, :kind, :score, :at) on conflict do nothing""";

    public Uni<Integer> answered(Mutiny.Session session, String tenant, UUID response, UUID customer, String kind,
                                 int score, Instant at) {
        return session.createNativeQuery(INSERT).setParameter("tenant", tenant).setParameter("response", response)
                .setParameter("customer", customer).setParameter("kind", kind).setParameter("score", score)
                .setParameter("at", at).executeUpdate();
    }
}
