package io.csplatform.customers.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the service reads the tenant's users from Keycloak's admin API (a service account with view-users). */
@ConfigMapping(prefix = "cs.users")
public interface KeycloakUsersConfig {

    /** Client id of the customers service's own service account. */
    @WithDefault("customers-service")
    String clientId();

    /** Its secret; production takes it from the environment (CS_USERS_CLIENT_SECRET). */
    @WithDefault("customers-service-secret")
    String clientSecret();
}
