package io.csplatform.journeys.support;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/**
 * Tasks and journeys name a customer of the caller's tenant: one the directory knows or, in an HTTP request, one the
 * customers service knows for the caller (read your writes); anything else is a 404, another tenant's customer too.
 */
@ApplicationScoped
public class KnownCustomers {

    private final CustomerDirectory directory;

    public KnownCustomers(CustomerDirectory directory) {
        this.directory = directory;
    }

    /** Fails with 404 naming the customer unless it is one of the tenant's. */
    public Uni<Void> require(Mutiny.Session session, String tenantId, UUID customerId) {
        return directory.exists(session, tenantId, customerId).invoke(found -> {
            if (!found) {
                throw ProblemException.notFound("customer " + customerId);
            }
        }).replaceWithVoid();
    }
}
