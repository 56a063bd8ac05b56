package io.csplatform.actions.command;

import io.quarkus.qute.Engine;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {

    private final Templates templates = new Templates(Engine.builder().addDefaults().strictRendering(true).build());

    @Test
    void variablesOfNestedMapsAreRendered() {
        var rendered = templates.render("Bem-vindo, {customer.name}! MRR {contract.mrr}",
                Map.of("customer", Map.of("name", "ACME"), "contract", Map.of("mrr", 1250.5)));

        assertThat(rendered.text()).contains("Bem-vindo, ACME! MRR 1250.5");
    }

    @Test
    void aMissingVariableIsReportedNotRenderedAsBlank() {
        var rendered = templates.render("Olá {customer.nickname}", Map.of("customer", Map.of("name", "ACME")));

        assertThat(rendered.text()).isEmpty();
        assertThat(rendered.error()).contains("nickname");
    }
}
