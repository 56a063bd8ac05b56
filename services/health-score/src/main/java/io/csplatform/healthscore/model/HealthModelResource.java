package io.csplatform.healthscore.model;

import io.csplatform.healthscore.model.HealthModel.Band;
import io.csplatform.healthscore.model.HealthModel.MeasureSettings;
import io.csplatform.healthscore.score.PendingScores;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tenant's health model, for {@code cs-admin}: weights, measure parameters, bands and how long manual changes
 * count. A saved model (any part left out keeps its default; 400 naming the field for a bad one) gets a new version
 * and every customer of the tenant is scored again with it.
 */
@Path("/api/v1/health-model")
@RolesAllowed(Roles.CS_ADMIN)
public class HealthModelResource {

    /** The model with its version (0: the defaults, never saved) and who saved it last. */
    public record ModelView(Map<String, MeasureSettings> measures, List<Band> bands, int manualValidDays, int version,
                            Instant updatedAt, String updatedBy) {

        static ModelView of(HealthModels.Versioned versioned) {
            HealthModel model = versioned.model();
            return new ModelView(model.measures(), model.bands(), model.manualValidDays(), versioned.version(),
                    versioned.updatedAt(), versioned.updatedBy());
        }
    }

    private final HealthModels models;
    private final PendingScores pending;
    private final Mutiny.SessionFactory sessions;
    private final CurrentTenant tenant;

    public HealthModelResource(HealthModels models, PendingScores pending, Mutiny.SessionFactory sessions,
                               CurrentTenant tenant) {
        this.models = models;
        this.pending = pending;
        this.sessions = sessions;
        this.tenant = tenant;
    }

    @GET
    public Uni<ModelView> get() {
        String tenantId = tenant.id();
        return sessions.withSession(session -> models.of(session, tenantId)).map(ModelView::of);
    }

    @PUT
    public Uni<ModelView> put(ModelRequest body) {
        HealthModel model = ModelValidation.check(body);
        String tenantId = tenant.id();
        String by = tenant.userId();
        return sessions.withTransaction(session -> models.save(session, tenantId, model, by)
                        .call(() -> pending.markTenant(session, tenantId, "health model changed")))
                .map(ModelView::of);
    }
}
