package io.csplatform.customers.tenant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** The caller's tenant settings (the tenant is the token's): time zone, base currency and e-mail sender. */
@Path("/api/v1/tenant/settings")
@RolesAllowed(Roles.CS_ADMIN)
public class TenantSettingsResource {

    public record TenantSettingsView(String timeZone, String currency, String emailSenderName, String emailSenderAddress,
                                     String emailReplyTo, long version) {
        static TenantSettingsView of(TenantSettings s) {
            return new TenantSettingsView(s.timeZone, s.currency, s.emailSenderName, s.emailSenderAddress, s.emailReplyTo,
                    s.version);
        }
    }

    private final TenantSettingsService settings;
    private final CurrentTenant tenant;

    public TenantSettingsResource(TenantSettingsService settings, CurrentTenant tenant) {
        this.settings = settings;
        this.tenant = tenant;
    }

    @GET
    public Uni<TenantSettingsView> get() {
        return settings.get(tenant.id()).map(TenantSettingsView::of);
    }

    /** JSON merge patch (RFC 7396): fields present are set, null clears an e-mail field, absent fields stay. */
    @PATCH
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Uni<TenantSettingsView> patch(@NotNull ObjectNode patch) {
        return settings.patch(tenant.id(), patch).map(TenantSettingsView::of);
    }
}
