package io.csplatform.tracking.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.EventJson;
import io.csplatform.events.IngestMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written check agrees with the contract's schema: what one refuses, the other refuses too. */
class UsageEventParserTest {

    private static final String VALID = """
            {"eventId":"e1","customerExternalId":"c1","userId":"u1","event":"export","occurredAt":"2026-03-01T12:00:00Z"%s}""";

    @Test
    void aFullEventIsReadWithItsQuantityAndPropertiesAndAMissingQuantityIsOne() throws Exception {
        var full = UsageEventParser.parse(json(VALID.formatted(",\"quantity\":3,\"properties\":{\"a\":[1]}")));
        assertThat(full.ok()).isTrue();
        assertThat(full.event()).isEqualTo(new UsageEvent("e1", "c1", "u1", "export", Instant.parse("2026-03-01T12:00:00Z"),
                3, "{\"a\":[1]}"));
        assertThat(UsageEventParser.parse(json(VALID.formatted(""))).event().quantity()).isEqualTo(1);
        assertThat(ContractSchemas.violations(IngestMessages.TRACKING_EVENT, VALID.formatted(""))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ",\"quantity\":0|quantity",
            ",\"quantity\":1.5|quantity",
            ",\"quantity\":\"2\"|quantity",
            ",\"properties\":[1]|properties",
            ",\"color\":\"red\"|color"})
    void aBadOptionalFieldIsNamedAndTheSchemaRefusesItToo(String extra, String field) throws Exception {
        String payload = VALID.formatted(extra);
        var parsed = UsageEventParser.parse(json(payload));
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.field()).isEqualTo(field);
        assertThat(ContractSchemas.violations(IngestMessages.TRACKING_EVENT, payload)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"customerExternalId\":\"c1\",\"userId\":\"u1\",\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\"}|eventId",
            "{\"eventId\":\"e\",\"userId\":\"u1\",\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\"}|customerExternalId",
            "{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\"}|userId",
            "{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"userId\":\"u\",\"event\":\"\",\"occurredAt\":\"2026-03-01T12:00:00Z\"}|event",
            "{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"userId\":\"u\",\"event\":\"x\",\"occurredAt\":\"yesterday\"}|occurredAt",
            "{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"userId\":\"u\",\"event\":\"x\"}|occurredAt"})
    void aMissingOrMalformedRequiredFieldIsNamedAndTheSchemaRefusesItToo(String payload, String field) throws Exception {
        var parsed = UsageEventParser.parse(json(payload));
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.field()).isEqualTo(field);
        assertThat(ContractSchemas.violations(IngestMessages.TRACKING_EVENT, payload)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"eventId\":\"e\\u0000\",\"customerExternalId\":\"c1\",\"userId\":\"u\",\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\"}|eventId",
            "{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"userId\":\"u\\u0000\",\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\"}|userId",
            "{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"userId\":\"u\",\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\",\"properties\":{\"a\":[\"ok\",{\"b\":\"\\u0000\"}]}}|properties",
            "{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"userId\":\"u\",\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\",\"properties\":{\"k\\u0000\":1}}|properties"})
    void theNulCharacterThatPostgresqlCannotStoreIsRefusedForItsFieldNotForTheWholeBatch(String payload, String field)
            throws Exception {
        var parsed = UsageEventParser.parse(json(payload));
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.field()).isEqualTo(field);
        assertThat(parsed.reason()).isEqualTo("must not contain the NUL character (\\u0000)");
    }

    @Test
    void aBackslashFollowedByU0000IsTextNotTheNulCharacter() throws Exception {
        var parsed = UsageEventParser.parse(json("{\"eventId\":\"e\",\"customerExternalId\":\"c1\",\"userId\":\"u\","
                + "\"event\":\"x\",\"occurredAt\":\"2026-03-01T12:00:00Z\",\"properties\":{\"path\":\"C:\\\\u0000\"}}"));
        assertThat(parsed.ok()).isTrue();
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() throws Exception {
        assertThat(UsageEventParser.parse(json("[1]")).reason()).isEqualTo("must be an object");
    }

    private static JsonNode json(String text) throws Exception {
        return EventJson.MAPPER.readTree(text);
    }
}
