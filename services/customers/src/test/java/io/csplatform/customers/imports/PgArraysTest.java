package io.csplatform.customers.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgArraysTest {

    @Test
    void quotesEveryElementAndEscapesQuotesAndBackslashes() {
        assertThat(PgArrays.literal(new String[]{"vip", "a,b", "say \"hi\"", "c:\\tmp", "{x}", ""}))
                .isEqualTo("{\"vip\",\"a,b\",\"say \\\"hi\\\"\",\"c:\\\\tmp\",\"{x}\",\"\"}");
    }

    @Test
    void emptyAndNullElements() {
        assertThat(PgArrays.literal(new String[0])).isEqualTo("{}");
        assertThat(PgArrays.literal(null)).isEqualTo("{}");
        assertThat(PgArrays.literal(new String[]{null, "NULL"})).isEqualTo("{NULL,\"NULL\"}");
    }
}
