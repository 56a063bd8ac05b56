package io.csplatform.runtime.catalogapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.evaluation.CatalogEntry;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import java.util.Collection;
import java.util.List;

/**
 * Everything a playbook editor needs to build its forms: every trigger (event-driven or scheduled), condition and
 * action with its labels (English, Portuguese) and the JSON Schema of its parameters.
 */
@Path("/api/v1/catalog")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
public class CatalogResource {

    /** One entry; {@code kind} is {@code event} or {@code scheduled} for triggers, null otherwise. */
    public record Entry(String id, String kind, Labels labels, JsonNode paramsSchema) {
    }

    public record CatalogView(List<Entry> triggers, List<Entry> conditions, List<Entry> actions) {
    }

    private final CatalogView view;

    public CatalogResource(Catalog catalog) {
        List<Entry> triggers = new java.util.ArrayList<>(entries(catalog.eventTriggers().values(), "event"));
        triggers.addAll(entries(catalog.scheduledTriggers().values(), "scheduled"));
        triggers.sort(java.util.Comparator.comparing(Entry::id));
        this.view = new CatalogView(List.copyOf(triggers), entries(catalog.conditions().values(), null),
                entries(catalog.actions().values(), null));
    }

    @GET
    public CatalogView get() {
        return view;
    }

    private static List<Entry> entries(Collection<? extends CatalogEntry> entries, String kind) {
        return entries.stream().map(e -> new Entry(e.id(), kind, e.labels(), e.paramsSchema())).toList();
    }
}
