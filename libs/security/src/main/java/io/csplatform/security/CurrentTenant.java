package io.csplatform.security;

import jakarta.enterprise.context.RequestScoped;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's tenant: the token's {@code tenant_id} claim, never the body, a header or the path. */
@RequestScoped
public class CurrentTenant {

    public static final String CLAIM = "tenant_id";

    private final JsonWebToken token;

    public CurrentTenant(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        Object claim = token.getClaim(CLAIM);
        String tenant = claim == null ? null : claim.toString().replace("\"", "");
        if (tenant == null || tenant.isBlank()) {
            throw new ForbiddenException("the token carries no " + CLAIM + " claim");
        }
        return tenant;
    }

    /** The caller's user id (the token subject), for audit fields. */
    public String userId() {
        return token.getSubject();
    }
}
