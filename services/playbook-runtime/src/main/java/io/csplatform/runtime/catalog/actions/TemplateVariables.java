package io.csplatform.runtime.catalog.actions;

import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values a template may use ({@code io.csplatform.templates.MessageTemplates#VARIABLES}): {@code customer},
 * {@code contact} (the main contact), {@code contract} (the triggering one, else the newest active one), {@code owner}
 * (the holder of the default owner type, Analista Principal, else of any type; the actions service adds name and
 * e-mail) and {@code task} (the task the action works on or the trigger names). Absent values are left out, so a
 * template naming them fails at rendering with that reason rather than printing a blank.
 */
final class TemplateVariables {

    static final String DEFAULT_OWNER_TYPE = "Analista Principal";

    private TemplateVariables() {
    }

    static Map<String, Object> of(Context context, Optional<Facts.Task> task) {
        Facts facts = context.facts();
        Map<String, Object> variables = new HashMap<>();
        Map<String, Object> customer = new HashMap<>();
        put(customer, "id", facts.customerId());
        put(customer, "name", facts.customer().name());
        put(customer, "externalId", facts.customer().externalId());
        put(customer, "status", facts.customer().status());
        put(customer, "plan", facts.customer().plan());
        put(customer, "mrr", facts.customer().mrr());
        put(customer, "arr", facts.customer().arr());
        put(customer, "currency", facts.customer().currency());
        variables.put("customer", customer);
        facts.mainContact().ifPresent(main -> variables.put("contact", contact(main)));
        contract(context).ifPresent(contract -> {
            Map<String, Object> values = new HashMap<>();
            put(values, "id", contract.id());
            put(values, "externalId", contract.externalId());
            put(values, "status", contract.status());
            put(values, "plan", contract.plan());
            put(values, "mrr", contract.mrr());
            put(values, "currency", contract.currency());
            put(values, "startDate", contract.startDate());
            put(values, "endDate", contract.endDate());
            put(values, "users", contract.users());
            variables.put("contract", values);
        });
        owner(facts).ifPresent(owner -> variables.put("owner", owner));
        task.or(() -> Tasks.of(com.fasterxml.jackson.databind.node.MissingNode.getInstance(), context)).ifPresent(t -> {
            Map<String, Object> values = new HashMap<>();
            put(values, "id", t.id());
            put(values, "title", t.title());
            put(values, "stage", t.stage());
            put(values, "status", t.status());
            put(values, "dueDate", t.dueDate());
            variables.put("task", values);
        });
        return variables;
    }

    static Map<String, Object> contact(Facts.Contact contact) {
        Map<String, Object> values = new HashMap<>();
        put(values, "id", contact.id());
        put(values, "name", contact.name());
        put(values, "email", contact.email());
        put(values, "phone", contact.phone());
        return values;
    }

    private static Optional<Facts.Contract> contract(Context context) {
        var facts = context.facts();
        var payload = context.event().payload();
        if (context.event().type().startsWith("contract.") && payload.hasNonNull("contractId")) {
            String id = payload.get("contractId").asText();
            var known = facts.contracts().stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst();
            if (known.isPresent()) {
                return known;
            }
        }
        return facts.activeContracts().stream()
                .max(Comparator.comparing(Facts.Contract::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private static Optional<Map<String, Object>> owner(Facts facts) {
        var owners = facts.owners();
        var chosen = owners.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(DEFAULT_OWNER_TYPE)).findFirst()
                .or(() -> owners.entrySet().stream().findFirst());
        return chosen.map(e -> {
            Map<String, Object> values = new HashMap<>();
            values.put("type", e.getKey());
            values.put("userId", e.getValue());
            return values;
        });
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof java.util.UUID || value instanceof java.time.LocalDate ? value.toString() : value);
        }
    }
}
