package io.csplatform.templates;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplatesTest {

    @Test
    void knownVariablesPassAndUnknownOnesAreNamed() {
        assertThat(MessageTemplates.problems("Olá {contact.name}, bem-vindo à {customer.name} ({contract.mrr})"))
                .isEmpty();
        assertThat(MessageTemplates.problems("{#if customer.mrr > 100}VIP {customer.nome}{/if}"))
                .singleElement().asString().contains("{customer.nome}").contains("customer.name");
        assertThat(MessageTemplates.problems("Oi {cliente.name}")).singleElement().asString()
                .contains("{cliente.name}").contains("customer");
        assertThat(MessageTemplates.problems("Oi {customer}")).singleElement().asString().contains("without a field");
        assertThat(MessageTemplates.problems("Oi {customer.name")).singleElement().asString()
                .startsWith("is not a valid template");
    }

    @Test
    void rendersWithMapsAndSaysWhatIsMissing() {
        var rendered = MessageTemplates.render("Olá {contact.name}, bem-vindo à {customer.name}!",
                Map.of("contact", Map.of("name", "Ana"), "customer", Map.of("name", "ACME")));
        assertThat(rendered.text()).contains("Olá Ana, bem-vindo à ACME!");

        var missing = MessageTemplates.render("Olá {contact.name}", Map.of("contact", Map.of()));
        assertThat(missing.text()).isEmpty();
        assertThat(missing.error()).contains("contact.name");
    }
}
