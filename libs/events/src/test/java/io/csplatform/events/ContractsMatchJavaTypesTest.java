package io.csplatform.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.payload.ContactCreated;
import io.csplatform.events.payload.CustomerCreated;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ContractsMatchJavaTypesTest {

    private static final Path CONTRACTS = Path.of(System.getProperty("cs.home", "../.."), "contracts");

    @TestFactory
    Stream<DynamicTest> everyRecordSerialisesToAPayloadItsSchemaAccepts() {
        return MessageTypes.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            JsonNode schema = EventJson.MAPPER.readTree(CONTRACTS.resolve(type.schemaPath()).toFile());
            String json = EventJson.write(Samples.of(type.payloadType(), schema));
            assertThat(ContractSchemas.violations(type, json)).as(json).isEmpty();
        }));
    }

    /** Schemas with a conditional part ({@code if}/{@code then}) are left out: which fields they require depends on the values. */
    @TestFactory
    Stream<DynamicTest> everyRecordWithItsNullableAndOptionalComponentsNullSerialisesToAPayloadItsSchemaAccepts() {
        return MessageTypes.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            JsonNode schema = EventJson.MAPPER.readTree(CONTRACTS.resolve(type.schemaPath()).toFile());
            org.junit.jupiter.api.Assumptions.assumeFalse(schema.has("if"), "conditional schema");
            String json = EventJson.write(Samples.minimal(type.payloadType(), schema));
            assertThat(ContractSchemas.violations(type, json)).as(json).isEmpty();
        }));
    }

    @Test
    void aRequiredComponentThatMayBeNullIsWrittenAsNull() {
        String json = EventJson.write(new io.csplatform.events.payload.TicketStatusChanged(java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(), null, "open", false, null, java.time.Instant.parse("2026-11-24T10:00:00Z"), 1));

        assertThat(json).contains("\"fromStatus\":null", "\"priority\":null");
        assertThat(ContractSchemas.violations(TicketMessages.TICKET_STATUS_CHANGED, json)).isEmpty();
    }

    @Test
    void enrichedPayloadsReadBackWholeAndTheirFirstShapeStillReads() throws IOException {
        for (MessageType<?> type : List.of(CustomerMessages.CUSTOMER_CREATED, CustomerMessages.CONTACT_CREATED,
                CustomerMessages.TENANT_SETTINGS_CHANGED)) {
            JsonNode schema = EventJson.MAPPER.readTree(CONTRACTS.resolve(type.schemaPath()).toFile());
            Object sample = Samples.of(type.payloadType(), schema);
            assertThat(EventJson.MAPPER.readValue(EventJson.write(sample), type.payloadType())).isEqualTo(sample);
        }
        UUID id = UUID.randomUUID();
        CustomerCreated first = new CustomerCreated(id, "ACME", null, "active", null);
        String json = EventJson.write(first);
        assertThat(json).doesNotContain("products").doesNotContain("createdAt");
        assertThat(ContractSchemas.violations(CustomerMessages.CUSTOMER_CREATED, json)).isEmpty();
        assertThat(EventJson.MAPPER.readValue(json, CustomerCreated.class)).isEqualTo(first);
        ContactCreated contact = new ContactCreated(id, id, "Ana", null, true, false, Map.of());
        assertThat(EventJson.MAPPER.readValue(EventJson.write(contact), ContactCreated.class)).isEqualTo(contact);
    }

    @Test
    void schemasRejectAPayloadWithAnUnknownOrMissingField() {
        assertThat(ContractSchemas.violations(ContractMessages.CONTRACT_CREATED, "{\"contractId\":\"x\",\"colour\":1}"))
                .anyMatch(message -> message.contains("colour"))
                .anyMatch(message -> message.contains("customerId"))
                .anyMatch(message -> message.contains("uuid"));
    }

    @Test
    void everySchemaFileBelongsToAJavaTypeAndIsInTheAsyncApiDocument() throws IOException {
        String asyncApi = Files.readString(CONTRACTS.resolve("asyncapi.yaml"));
        for (String folder : new String[] {"events", "commands"}) {
            try (Stream<Path> files = Files.list(CONTRACTS.resolve(folder))) {
                files.map(file -> folder + "/" + file.getFileName()).forEach(path -> {
                    assertThat(MessageTypes.ALL).as(path).anyMatch(type -> type.schemaPath().equals(path));
                    assertThat(asyncApi).as("asyncapi.yaml references " + path).contains("./" + path);
                });
            }
        }
    }

    @Test
    void headersRoundTripThroughTheirKafkaForm() {
        EventHeaders origin = EventHeaders.origin("/services/contracts", ContractMessages.CONTRACT_CREATED, "acme", "c-1",
                java.time.Instant.parse("2026-11-24T10:00:00Z"));
        EventHeaders caused = origin.causes("/services/playbook-runtime", ActionMessages.EMAIL_MAIN_CONTACT, "c-1",
                java.time.Instant.parse("2026-11-24T10:00:01Z"));

        assertThat(EventHeaders.fromMap(caused.toMap())).isEqualTo(caused);
        assertThat(caused.correlationId()).isEqualTo(origin.id());
        assertThat(caused.causationId()).isEqualTo(origin.id());
        assertThat(caused.depth()).isEqualTo(1);
        assertThat(caused.dataschema()).isEqualTo("contracts/commands/email.main-contact.v1.json");
    }
}
