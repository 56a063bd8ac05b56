package io.csplatform.runtime.catalog;

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
        customer.put("name", facts.name());
        customer.put("status", facts.status());
        customer.put("mrr", facts.mrr());
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", facts.mainContactName());
        contact.put("email", facts.mainContactEmail());
        Map<String, Object> variables = new HashMap<>();
        variables.put("customer", customer);
        variables.put("contact", contact);
        if (event.type().startsWith("contract.")) {
            variables.put("contract", EventJson.MAPPER.convertValue(event.payload(), Map.class));
        }
        return variables;
    }
}
