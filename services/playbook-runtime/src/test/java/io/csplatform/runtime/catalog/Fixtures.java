package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Small builders for catalog unit tests: JSON params, events and contexts at a fixed moment. */
public final class Fixtures {

    /** 2026-11-24 10:00 in São Paulo (a Tuesday). */
    public static final Instant NOW = Instant.parse("2026-11-24T13:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    public static final UUID PLAYBOOK = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private Fixtures() {
    }

    public static JsonNode json(String text) {
        try {
            return EventJson.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static TriggerEvent event(String type, String payload) {
        return new TriggerEvent(UUID.randomUUID(), type, UUID.randomUUID(), json(payload), NOW);
    }

    public static Context context(Facts facts) {
        return new Context(event("contract.created", "{}"), facts, NOW, ZONE, PLAYBOOK);
    }

    public static Context context(TriggerEvent event, Facts facts) {
        return new Context(event, facts, NOW, ZONE, PLAYBOOK);
    }

    public static Facts facts() {
        return Facts.empty(UUID.randomUUID());
    }
}
