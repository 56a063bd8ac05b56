package io.csplatform.customers.customer;

import io.csplatform.customers.customer.CustomerDtos.CustomerFilter;
import io.csplatform.customers.customer.CustomerDtos.CustomerView;
import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer list: filters plus keyset pagination on (name, id), served by the index
 * {@code customer_by_name (tenant_id, name, id)}, so page 10 000 costs what page 1 costs. The cursor is opaque.
 */
@ApplicationScoped
public class CustomerQueries {

    private final Mutiny.SessionFactory sessions;

    public CustomerQueries(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<Page<CustomerView>> list(String tenantId, CustomerFilter filter, int limit, String cursor) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select c.* from customer c where c.tenant_id = :tenant and c.archived_at is null");
        params.put("tenant", tenantId);
        where(sql, params, "status", filter.status(), " and c.status = :status");
        where(sql, params, "tag", filter.tag(), " and c.tags @> array[cast(:tag as text)]");
        where(sql, params, "segment", filter.segment(), " and c.segments @> array[cast(:segment as text)]");
        where(sql, params, "portfolio", filter.portfolio(), " and c.portfolio_id = :portfolio");
        where(sql, params, "parent", filter.parent(), " and c.parent_id = :parent");
        where(sql, params, "owner", filter.owner(), " and exists (select 1 from customer_owner o where o.tenant_id = :tenant"
                + " and o.customer_id = c.id and o.user_id = :owner)");
        if (filter.q() != null && !filter.q().isBlank()) {
            where(sql, params, "q", "%" + escapeLike(filter.q().strip()) + "%",
                    " and (c.name ilike :q or c.external_id = :exact)");
            params.put("exact", filter.q().strip());
        }
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            sql.append(" and (c.name, c.id) > (:afterName, :afterId)");
            params.put("afterName", after.name());
            params.put("afterId", after.id());
        }
        sql.append(" order by c.name, c.id limit ").append(limit + 1);
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<Customer> query = session.createNativeQuery(sql.toString(), Customer.class);
            params.forEach(query::setParameter);
            return query.getResultList().map(rows -> page(rows, limit));
        });
    }

    private static Page<CustomerView> page(List<Customer> rows, int limit) {
        List<CustomerView> items = rows.stream().limit(limit).map(c -> CustomerView.of(c, null, null)).toList();
        if (rows.size() <= limit) {
            return Page.of(items);
        }
        Customer last = rows.get(limit - 1);
        return new Page<>(items, new Cursor(last.name, last.id).encode());
    }

    private static void where(StringBuilder sql, Map<String, Object> params, String name, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Position after the last customer of a page: its name and id, base64url-encoded. */
    record Cursor(String name, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((id + name).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                return new Cursor(text.substring(36), UUID.fromString(text.substring(0, 36)));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw ProblemException.invalidField("cursor", "not a cursor this list produced");
            }
        }
    }
}
