package io.csplatform.runtime.facts;

import io.csplatform.rest.Paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.events.EventJson;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The facts projection in PostgreSQL: {@code fact} (one row per entity field, last writer by version wins) and
 * {@code fact_series} (day buckets). Each write is one statement whatever the number of fields. Two writes of
 * one version (two events of the same instant) are ordered by their value, so the outcome never depends on arrival.
 */
@ApplicationScoped
public class FactStore {

    private static final String UPSERT_FIELDS = """
            insert into fact (tenant_id, customer_id, kind, entity, field, value, version)
            select :tenant, :customer, f->>'k', f->>'e', f->>'f', f->'v', (f->>'n')::bigint
            from jsonb_array_elements(cast(cast(:facts as text) as jsonb)) f
            on conflict (tenant_id, customer_id, kind, entity, field) do update
              set value = excluded.value, version = excluded.version
              where fact.version < excluded.version
                 or (fact.version = excluded.version and cast(fact.value as text) < cast(excluded.value as text))""";
    private static final String UPSERT_BUCKETS = """
            insert into fact_series (tenant_id, customer_id, metric, day, item, amount, version)
            select :tenant, :customer, b->>'m', (b->>'d')::date, b->>'i', (b->>'a')::numeric, (b->>'n')::bigint
            from jsonb_array_elements(cast(cast(:buckets as text) as jsonb)) b
            on conflict (tenant_id, customer_id, metric, day, item) do update
              set amount = excluded.amount, version = excluded.version
              where fact_series.version < excluded.version
                 or (fact_series.version = excluded.version and fact_series.amount < excluded.amount)""";
    /** After a rollup: the day keeps only the buckets of its newest version (the marker fact says which). */
    private static final String TRIM_DAY = """
            delete from fact_series s using fact m
            where s.tenant_id = :tenant and s.customer_id = :customer and s.metric = :metric and s.day = :day
              and m.tenant_id = s.tenant_id and m.customer_id = s.customer_id and m.kind = 'series-day'
              and m.entity = :marker and m.field = 'version' and s.version < m.version""";
    private static final String LOAD_FIELDS = """
            select kind, entity, field, cast(value as text) from fact
            where tenant_id = :tenant and customer_id = :customer and kind <> 'series-day'""";
    private static final String LOAD_BUCKETS = """
            select metric, day, item, amount, version from fact_series
            where tenant_id = :tenant and customer_id = :customer and day >= :since""";
    private static final String LOAD_BRANCHES = """
            select b.customer_id, cast(m.value as text) from fact b
            left join fact m on m.tenant_id = b.tenant_id and m.customer_id = b.customer_id
              and m.kind = 'customer' and m.entity = '' and m.field = 'mrr'
            where b.tenant_id = :tenant and b.kind = 'customer' and b.entity = '' and b.field = 'parentId'
              and b.value = to_jsonb(cast(:customer as text))""";
    private static final String LOAD_MRR = """
            select cast(value as text) from fact
            where tenant_id = :tenant and customer_id = :customer and kind = 'customer' and entity = '' and field = 'mrr'""";
    private static final String LOAD_EXECUTIONS = """
            select playbook_id, created_at from execution
            where tenant_id = :tenant and customer_id = :customer order by created_at desc limit 2000""";

    /** How far back day buckets are read for an evaluation (the longest period a condition may compare, twice). */
    static final int SERIES_DAYS = 800;

    public Uni<Void> apply(Mutiny.Session session, String tenant, UUID customer, FactChanges changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<FactChanges.Field> fields = new ArrayList<>(changes.fields());
        changes.replaces().forEach(r -> fields.add(new FactChanges.Field("series-day", marker(r.metric(), r.day()),
                "version", EventJson.MAPPER.getNodeFactory().numberNode(r.version()), r.version())));
        Uni<?> chain = fields.isEmpty() ? Uni.createFrom().voidItem() : session.createNativeQuery(UPSERT_FIELDS)
                .setParameter("tenant", tenant).setParameter("customer", customer)
                .setParameter("facts", fieldsJson(fields)).executeUpdate();
        if (!changes.buckets().isEmpty()) {
            chain = chain.chain(() -> session.createNativeQuery(UPSERT_BUCKETS)
                    .setParameter("tenant", tenant).setParameter("customer", customer)
                    .setParameter("buckets", bucketsJson(changes.buckets())).executeUpdate());
        }
        for (FactChanges.DayReplace replace : changes.replaces()) {
            chain = chain.chain(() -> session.createNativeQuery(TRIM_DAY)
                    .setParameter("tenant", tenant).setParameter("customer", customer)
                    .setParameter("metric", replace.metric()).setParameter("day", replace.day())
                    .setParameter("marker", marker(replace.metric(), replace.day())).executeUpdate());
        }
        return chain.replaceWithVoid();
    }

    public Uni<FactRows> load(Mutiny.Session session, String tenant, UUID customer, LocalDate today) {
        return session.createNativeQuery(LOAD_FIELDS, Object[].class)
                .setParameter("tenant", tenant).setParameter("customer", customer).getResultList()
                .chain(fieldRows -> session.createNativeQuery(LOAD_BUCKETS, Object[].class)
                        .setParameter("tenant", tenant).setParameter("customer", customer)
                        .setParameter("since", today.minusDays(SERIES_DAYS)).getResultList()
                        .chain(bucketRows -> hierarchy(session, tenant, customer, fieldRows)
                                .chain(hierarchy -> executions(session, tenant, customer)
                                        .map(executions -> new FactRows(customer, rows(fieldRows), buckets(bucketRows),
                                                hierarchy.parentId, hierarchy.parentMrr, hierarchy.branches, executions)))));
    }

    private record Hierarchy(UUID parentId, BigDecimal parentMrr, Map<UUID, BigDecimal> branches) {
    }

    private Uni<Hierarchy> hierarchy(Mutiny.Session session, String tenant, UUID customer, List<Object[]> fieldRows) {
        UUID parent = fieldRows.stream()
                .filter(r -> "customer".equals(r[0]) && "".equals(r[1]) && "parentId".equals(r[2]))
                .map(r -> json((String) r[3])).filter(JsonNode::isTextual).map(n -> UUID.fromString(n.asText()))
                .findFirst().orElse(null);
        Uni<BigDecimal> parentMrr = parent == null ? Uni.createFrom().nullItem()
                : session.createNativeQuery(LOAD_MRR, String.class).setParameter("tenant", tenant)
                .setParameter("customer", parent).getResultList()
                .map(values -> values.isEmpty() ? BigDecimal.ZERO : new BigDecimal(json(values.get(0)).asText()));
        return parentMrr.chain(mrr -> session.createNativeQuery(LOAD_BRANCHES, Object[].class)
                .setParameter("tenant", tenant).setParameter("customer", customer.toString()).getResultList()
                .map(rows -> {
                    Map<UUID, BigDecimal> branches = new LinkedHashMap<>();
                    rows.forEach(r -> branches.put((UUID) r[0],
                            r[1] == null ? BigDecimal.ZERO : new BigDecimal(json((String) r[1]).asText())));
                    return new Hierarchy(parent, mrr, branches);
                }));
    }

    private Uni<Map<UUID, List<Instant>>> executions(Mutiny.Session session, String tenant, UUID customer) {
        return session.createNativeQuery(LOAD_EXECUTIONS, Object[].class)
                .setParameter("tenant", tenant).setParameter("customer", customer).getResultList()
                .map(rows -> {
                    Map<UUID, List<Instant>> byPlaybook = new HashMap<>();
                    rows.forEach(r -> byPlaybook.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add(Paging.instant(r[1])));
                    return byPlaybook;
                });
    }

    static String marker(String metric, LocalDate day) {
        return metric + ":" + day;
    }

    private static List<FactRows.Row> rows(List<Object[]> rows) {
        return rows.stream().map(r -> new FactRows.Row((String) r[0], (String) r[1], (String) r[2], json((String) r[3])))
                .toList();
    }

    private static List<FactChanges.Bucket> buckets(List<Object[]> rows) {
        return rows.stream().map(r -> new FactChanges.Bucket((String) r[0], (LocalDate) r[1], (String) r[2],
                (BigDecimal) r[3], ((Number) r[4]).longValue())).toList();
    }

    private static String fieldsJson(List<FactChanges.Field> fields) {
        ArrayNode array = EventJson.MAPPER.createArrayNode();
        for (FactChanges.Field field : fields) {
            ObjectNode node = array.addObject();
            node.put("k", field.kind()).put("e", field.entity()).put("f", field.field()).put("n", field.version());
            node.set("v", field.value());
        }
        return array.toString();
    }

    private static String bucketsJson(List<FactChanges.Bucket> buckets) {
        ArrayNode array = EventJson.MAPPER.createArrayNode();
        for (FactChanges.Bucket bucket : buckets) {
            array.addObject().put("m", bucket.metric()).put("d", bucket.day().toString()).put("i", bucket.item())
                    .put("a", bucket.amount().toPlainString()).put("n", bucket.version());
        }
        return array.toString();
    }

    private static JsonNode json(String text) {
        try {
            return EventJson.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("fact is not JSON: " + text, e);
        }
    }

}
