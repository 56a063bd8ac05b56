package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

/** {@code csat.response.received}: a CSAT answer (1..5) arrives; optional {@code min} / {@code max} score filter. */
@Singleton
public class CsatResponseReceivedTrigger extends ScoreResponseTrigger {

    private static final JsonNode SCHEMA = schema(1, 5);

    @Override
    public String id() {
        return "csat.response.received";
    }

    @Override
    public Labels labels() {
        return new Labels("CSAT answer received", "Resposta de CSAT recebida");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }
}
