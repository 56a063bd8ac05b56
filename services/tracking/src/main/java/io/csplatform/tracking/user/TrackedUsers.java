package io.csplatform.tracking.user;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.UUID;

/**
 * The customer's users as the CS team describes them: name, e-mail and key-user flag (a PUT replaces them; the user
 * need not have used the product yet). Last seen and last login come from ingest only.
 */
@ApplicationScoped
public class TrackedUsers {

    private static final String UPSERT = """
            insert into tracked_user (tenant_id, customer_id, user_id, name, email, key_user) values ($1, $2, $3, $4, $5, $6)
            on conflict (tenant_id, customer_id, user_id) do update set name = excluded.name, email = excluded.email,
              key_user = excluded.key_user""";

    private final Pool pool;

    public TrackedUsers(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> put(String tenantId, UUID customerId, String userId, UserRequest request) {
        return pool.preparedQuery(UPSERT).execute(Tuple.tuple(Arrays.asList(tenantId, customerId, userId, request.name(),
                request.email(), Boolean.TRUE.equals(request.keyUser())))).replaceWithVoid();
    }
}
