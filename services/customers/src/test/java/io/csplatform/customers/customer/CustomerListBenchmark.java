package io.csplatform.customers.customer;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the suite (the name does not end in Test): puts {@code bench.customers} (default 1 000 000) customers
 * in one tenant, straight through SQL, then times {@code GET /api/v1/customers} with every filter, first pages and
 * pages deep behind a cursor, and prints p50/p95/max per case. See bench/customers-list/README.md.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomerListBenchmark {

    private static final int RUNS = 30;

    @Inject
    Pool pool;

    @Test
    void listsStayFastAtAMillionCustomers() {
        int customers = Integer.getInteger("bench.customers", 1_000_000);
        String ownerType = as(ACME_ADMIN).get("/api/v1/owner-types").then().statusCode(200).extract()
                .path("items.find { it.isDefault }.id");
        long seeding = System.nanoTime();
        List<UUID> portfolios = seed(customers, UUID.fromString(ownerType));
        System.out.printf("BENCH customers-list: seeded %d customers in %.1f s%n", customers, (System.nanoTime() - seeding) / 1e9);

        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("first page, no filter", Map.of());
        cases.put("status=churned (25%)", Map.of("status", "churned"));
        cases.put("tag=lote-3 (10%)", Map.of("tag", "lote-3"));
        cases.put("tag=vip (1%)", Map.of("tag", "vip"));
        cases.put("tag=rare (0.1%)", Map.of("tag", "rare"));
        cases.put("segment=ENT (33%)", Map.of("segment", "ENT"));
        cases.put("portfolio (10%)", Map.of("portfolio", portfolios.get(3)));
        cases.put("owner=bench-user-7 (6%)", Map.of("owner", "bench-user-7"));
        cases.put("owner=bench-rare (20 customers)", Map.of("owner", "bench-rare"));
        cases.put("q=name fragment (~15 matches)", Map.of("q", "cliente 00ab"));
        cases.put("q=exact external id", Map.of("q", "BENCH1M-" + customers * 7 / 9));
        cases.put("status+tag+segment", Map.of("status", "active", "tag", "vip", "segment", "SMB"));
        cases.forEach((name, filter) -> report(name, time(filter)));
        explain("tag=rare", "c.tags @> array[cast('rare' as text)]");
        explain("q=name fragment", "(c.name ilike '%cliente 00ab%' or c.external_id = 'cliente 00ab')");
        report("page 200 behind a cursor, no filter", deep(Map.of(), 200));
        report("page 50 behind a cursor, tag=vip", deep(Map.of("tag", "vip"), 50));
    }

    /** Durations of {@value #RUNS} first-page requests, after five warm-ups. */
    private static List<Double> time(Map<String, Object> filter) {
        List<Double> millis = new ArrayList<>();
        for (int i = -5; i < RUNS; i++) {
            long start = System.nanoTime();
            Response response = as(ACME_ADMIN).queryParams(filter).get("/api/v1/customers");
            double took = (System.nanoTime() - start) / 1e6;
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getList("items")).as(filter.toString()).isNotEmpty();
            if (i >= 0) {
                millis.add(took);
            }
        }
        return millis;
    }

    /** Follows the cursor {@code pages} times and times each page: page N must cost what page 1 costs. */
    private static List<Double> deep(Map<String, Object> filter, int pages) {
        List<Double> millis = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < pages; page++) {
            var request = as(ACME_ADMIN).queryParams(filter);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            long start = System.nanoTime();
            Response response = request.get("/api/v1/customers");
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(response.statusCode()).isEqualTo(200);
            cursor = response.jsonPath().getString("nextCursor");
            assertThat(cursor).as("page %d has a next page", page).isNotNull();
        }
        return millis.subList(Math.min(5, millis.size() - 1), millis.size());
    }

    /** Prints the plan PostgreSQL picks for a first page with {@code condition}: what to look at when a case is slow. */
    private void explain(String name, String condition) {
        System.out.println("BENCH customers-list: plan for " + name);
        pool.query("explain (analyze, buffers) select c.* from customer c where c.tenant_id = 'acme' and c.archived_at is null and "
                        + condition + " order by c.name, c.id limit 51").execute().await().indefinitely()
                .forEach(row -> System.out.println("  " + row.getString(0)));
    }

    private static void report(String name, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("BENCH customers-list: %-38s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d requests)%n", name,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    /**
     * Customers like a grown tenant's: four statuses, ten "lote" tags plus vip (1%) and rare (0.1%), three segments,
     * ten portfolios, the default owner type held by 16 users (and one user with 20 customers). Then ANALYZE, as
     * autovacuum would after such a load.
     */
    private List<UUID> seed(int customers, UUID ownerType) {
        List<UUID> portfolios = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID id = UUID.randomUUID();
            pool.preparedQuery("insert into portfolio (id, tenant_id, name, created_at) values ($1, 'acme', $2, now())")
                    .execute(Tuple.of(id, "Bench " + id)).await().indefinitely();
            portfolios.add(id);
        }
        int chunk = 100_000;
        for (int from = 1; from <= customers; from += chunk) {
            pool.preparedQuery("""
                    insert into customer (id, tenant_id, name, external_id, status, created_at, registration_date, plan,
                                          tags, segments, portfolio_id)
                    select gen_random_uuid(), 'acme', 'Cliente ' || substr(md5(g::text), 1, 10), 'BENCH1M-' || g,
                           (array['active', 'onboarding', 'churned', 'inactive'])[1 + g % 4], now(), current_date,
                           'Plano ' || g % 5,
                           array['lote-' || g % 10]
                             || case when g % 100 = 0 then array['vip'] else '{}'::text[] end
                             || case when g % 1000 = 7 then array['rare'] else '{}'::text[] end,
                           array[(array['SMB', 'MID', 'ENT'])[1 + g % 3]],
                           ($3::uuid[])[1 + g % 10]
                    from generate_series($1::int, $2::int) g
                    """).execute(Tuple.of(from, Math.min(customers, from + chunk - 1),
                    portfolios.toArray(UUID[]::new))).await().indefinitely();
        }
        pool.preparedQuery("""
                insert into customer_owner (tenant_id, customer_id, owner_type_id, user_id, assigned_at)
                select 'acme', c.id, $1,
                       case when row_number() over () <= 20 then 'bench-rare' else 'bench-user-' || (abs(hashtext(c.id::text)) % 16) end,
                       now()
                from customer c where c.tenant_id = 'acme' and c.external_id like 'BENCH1M-%'
                """).execute(Tuple.of(ownerType)).await().indefinitely();
        pool.query("analyze customer").execute().await().indefinitely();
        pool.query("analyze customer_owner").execute().await().indefinitely();
        return portfolios;
    }
}
