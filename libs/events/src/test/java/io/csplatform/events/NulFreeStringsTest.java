package io.csplatform.events;

import io.csplatform.events.payload.ErpContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A message whose string holds the NUL character is invalid (parked at once), naming the field. */
class NulFreeStringsTest {

    private static final String CONTRACT = """
            {"customerExternalId": "c-1", "externalId": "k-1", "version": 1, "plan": %s, "products": [%s],
             "mrr": 100, "currency": "BRL", "startDate": "2026-01-01"}""";

    @Test
    void aNulInAStringOrAListOfStringsIsAnInvalidMessageNamingTheField() {
        assertThatThrownBy(() -> message(CONTRACT.formatted("\"Pro\\u0000\"", "\"a\"")).payload(IngestMessages.ERP_CONTRACT))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("payload is not a valid erp.contract: plan must not contain the NUL character (\\u0000)");
        assertThatThrownBy(() -> message(CONTRACT.formatted("\"Pro\"", "\"a\", \"b\\u0000\"")).payload(IngestMessages.ERP_CONTRACT))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("products[1] must not contain the NUL character");
    }

    @Test
    void otherStringsReadAsBefore() {
        ErpContract contract = message(CONTRACT.formatted("\"Pro \\\\u0000 \\u00e9\"", "\"a\"")).payload(IngestMessages.ERP_CONTRACT);
        assertThat(contract.plan()).isEqualTo("Pro \\u0000 é");
        assertThat(contract.products()).containsExactly("a");
    }

    private static IncomingMessage message(String payload) {
        return new IncomingMessage(null, "c-1", payload);
    }
}
