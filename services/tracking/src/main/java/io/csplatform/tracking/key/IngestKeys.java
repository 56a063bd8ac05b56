package io.csplatform.tracking.key;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tenant's ingest key: 32 random bytes shown once when created; only its SHA-256 is stored. Creating a key again
 * rotates it (the old one stops working at once); deleting it leaves the integration token as the only way in.
 */
@ApplicationScoped
public class IngestKeys {

    /** A key as shown to its creator, the only time its secret is visible. */
    public record CreatedKey(String key, String prefix, Instant createdAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPSERT = """
            insert into ingest_key (tenant_id, key_hash, prefix, created_at) values ($1, $2, $3, $4)
            on conflict (tenant_id) do update set key_hash = excluded.key_hash, prefix = excluded.prefix,
              created_at = excluded.created_at""";

    private final Pool pool;
    private final Clock clock;

    public IngestKeys(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<CreatedKey> rotate(String tenantId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "trk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = key.substring(0, 10);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return pool.preparedQuery(UPSERT).execute(Tuple.of(tenantId, hash(key), prefix, now.atOffset(ZoneOffset.UTC)))
                .replaceWith(new CreatedKey(key, prefix, now));
    }

    /** True when the tenant had a key. */
    public Uni<Boolean> delete(String tenantId) {
        return pool.preparedQuery("delete from ingest_key where tenant_id = $1").execute(Tuple.of(tenantId))
                .map(result -> result.rowCount() > 0);
    }

    /** The tenant whose key this is; null for no key of any tenant. */
    public Uni<String> tenantOf(String key) {
        return pool.preparedQuery("select tenant_id from ingest_key where key_hash = $1").execute(Tuple.of(hash(key)))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
