package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

/** {@code nps.response.received}: an NPS answer (0..10) arrives; optional {@code min} / {@code max} score filter. */
@Singleton
public class NpsResponseReceivedTrigger extends ScoreResponseTrigger {

    private static final JsonNode SCHEMA = schema(0, 10);

    @Override
    public String id() {
        return "nps.response.received";
    }

    @Override
    public Labels labels() {
        return new Labels("NPS answer received", "Receber Resposta de NPS");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }
}
