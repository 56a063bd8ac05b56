package io.csplatform.tracking.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.tracking.TrackingConfig;
import io.csplatform.tracking.key.IngestKeys;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.ArrayList;
import java.util.List;

/**
 * Usage ingest over REST: {@code {"events": [...]}}, 1 to 10,000 {@code tracking.event} items a call, with a token of
 * role {@code integration} or the tenant's ingest key in {@code X-Ingest-Key} (the tenant comes from the token or the
 * key, never the body). Valid items are applied in one transaction; refused ones come back with index, field and
 * reason. A replayed call is harmless: its events are duplicates, counted once.
 */
@Path("/api/v1/tracking/events")
public class TrackingEventsResource {

    /** The answer: how many items were new, duplicates or refused, and why each refused one was. */
    public record IngestAnswer(int received, int accepted, int duplicates, int rejected, List<ItemError> errors) {
    }

    private final TrackingIngest ingest;
    private final IngestKeys keys;
    private final SecurityIdentity identity;
    private final CurrentTenant tenant;
    private final TrackingConfig config;

    public TrackingEventsResource(TrackingIngest ingest, IngestKeys keys, SecurityIdentity identity, CurrentTenant tenant,
                                  TrackingConfig config) {
        this.ingest = ingest;
        this.keys = keys;
        this.identity = identity;
        this.tenant = tenant;
        this.config = config;
    }

    @POST
    @PermitAll
    public Uni<IngestAnswer> ingest(@HeaderParam("X-Ingest-Key") String key, JsonNode body) {
        Uni<String> tenantId = key != null ? keys.tenantOf(key).onItem().ifNull()
                .failWith(() -> new UnauthorizedException("unknown ingest key")) : Uni.createFrom().item(tokenTenant());
        JsonNode items = body == null ? null : body.get("events");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > config.maxBatch()) {
            throw ProblemException.invalidField("events", "must be an array of 1 to " + config.maxBatch() + " events");
        }
        List<ItemError> errors = new ArrayList<>();
        List<UsageEvent> valid = new ArrayList<>(items.size());
        List<Integer> positions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            UsageEventParser.Parsed parsed = UsageEventParser.parse(items.get(i));
            if (parsed.ok()) {
                valid.add(parsed.event());
                positions.add(i);
            } else {
                String field = "events[" + i + "]" + (parsed.field().isEmpty() ? "" : "." + parsed.field());
                errors.add(new ItemError(i, field, parsed.reason()));
            }
        }
        int received = items.size();
        return tenantId.chain(id -> ingest.inTransaction(connection -> ingest.apply(connection, id, valid)))
                .map(outcome -> {
                    outcome.rejected().forEach(error -> {
                        int index = positions.get(error.index());
                        errors.add(new ItemError(index, "events[" + index + "]." + error.field(), error.reason()));
                    });
                    errors.sort(java.util.Comparator.comparingInt(ItemError::index));
                    return new IngestAnswer(received, outcome.accepted(), outcome.duplicates(), errors.size(), errors);
                });
    }

    private String tokenTenant() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException("a bearer token of role integration or an X-Ingest-Key is required");
        }
        if (!identity.hasRole(Roles.INTEGRATION)) {
            throw new ForbiddenException("role integration required");
        }
        return tenant.id();
    }
}
