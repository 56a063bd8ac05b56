package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform users an action names, resolved when it runs: each owner type to whoever holds it for the customer
 * now (seed 003), plus fixed users. {@code unassigned} lists the owner types nobody holds ("Não informado").
 */
record Users(List<String> ids, List<String> unassigned) {

    static Users of(JsonNode params, Facts facts) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> unassigned = new ArrayList<>();
        for (String type : ActionParams.texts(params, "ownerTypes")) {
            String holder = holder(facts.owners(), type);
            if (holder == null) {
                unassigned.add(type);
            } else {
                ids.add(holder);
            }
        }
        ids.addAll(ActionParams.texts(params, "users"));
        return new Users(List.copyOf(ids), List.copyOf(unassigned));
    }

    /** Owner type names compare case-insensitively, as the customers service keeps them unique. */
    private static String holder(Map<String, String> owners, String type) {
        return owners.entrySet().stream().filter(owner -> owner.getKey().equalsIgnoreCase(type.strip()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    boolean none() {
        return ids.isEmpty();
    }

    /** Why nobody receives it: the owner types nobody holds. */
    String nobody() {
        return unassigned.isEmpty() ? "no user to send to"
                : "nobody holds owner type " + String.join(", ", unassigned) + " for the customer (Não informado)";
    }
}
