package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.util.HashMap;
import java.util.Map;

/** The variables templates may use: {@code {customer.name}}, {@code {contact.name}}, {@code {contract.mrr}}... */
final class TemplateVariables {

    private TemplateVariables() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(TriggerEvent event, Facts facts) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("name", facts.customer().name());
        customer.put("status", facts.customer().status());
        customer.put("mrr", facts.customer().mrr());
        Map<String, Object> contact = new HashMap<>();
        facts.mainContact().ifPresent(main -> {
            contact.put("name", main.name());
            contact.put("email", main.email());
        });
        Map<String, Object> variables = new HashMap<>();
        variables.put("customer", customer);
        variables.put("contact", contact);
        if (event.type().startsWith("contract.")) {
            variables.put("contract", EventJson.MAPPER.convertValue(event.payload(), Map.class));
        }
        return variables;
    }
}
