package io.csplatform.healthscore.score;

import io.csplatform.healthscore.score.CustomerFacts.Adjustment;
import io.csplatform.healthscore.score.CustomerFacts.OverdueCharge;
import io.csplatform.healthscore.score.CustomerFacts.OverdueTask;
import io.csplatform.healthscore.score.CustomerFacts.RunningContract;
import io.csplatform.healthscore.score.CustomerFacts.SurveyAnswer;
import io.csplatform.healthscore.score.CustomerFacts.UsageDay;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one customer's facts from the projections, in the caller's transaction: up to 120 days of usage and a year of
 * answers, breaches and manual changes (the widest windows a model may ask for).
 */
@ApplicationScoped
public class FactsReader {

    private static final int USAGE_DAYS = 120;
    private static final Duration YEAR = Duration.ofDays(366);

    public Uni<CustomerFacts> read(Mutiny.Session session, String tenant, UUID customer, LocalDate today, Instant now) {
        OffsetDateTime yearAgo = now.minus(YEAR).atOffset(ZoneOffset.UTC);
        var facts = new Object() {
            List<UsageDay> usage;
            List<SurveyAnswer> answers;
            long openTickets;
            List<Instant> breaches;
            List<OverdueCharge> charges;
            List<OverdueTask> tasks;
            List<RunningContract> contracts;
        };
        return rows(session, """
                        select cast(day as text), total, users from usage_day
                        where tenant_id = :tenant and customer_id = :customer and day >= :from""",
                tenant, customer, q -> q.setParameter("from", today.minusDays(USAGE_DAYS + 1)),
                r -> new UsageDay(Rows.date(r[0]), Rows.number(r[1]), (int) Rows.number(r[2])))
                .invoke(list -> facts.usage = list)
                .chain(() -> rows(session, """
                                select kind, score, answered_at from survey_answer
                                where tenant_id = :tenant and customer_id = :customer and answered_at >= :from""",
                        tenant, customer, q -> q.setParameter("from", yearAgo),
                        r -> new SurveyAnswer((String) r[0], (int) Rows.number(r[1]), Rows.instant(r[2]))))
                .invoke(list -> facts.answers = list)
                .chain(() -> session.createNativeQuery("""
                                select count(*) from ticket_state
                                where tenant_id = :tenant and customer_id = :customer and not closed""", Long.class)
                        .setParameter("tenant", tenant).setParameter("customer", customer).getSingleResult())
                .invoke(count -> facts.openTickets = count)
                .chain(() -> rows(session, """
                                select breached_at, metric from ticket_breach
                                where tenant_id = :tenant and customer_id = :customer and breached_at >= :from""",
                        tenant, customer, q -> q.setParameter("from", yearAgo), r -> Rows.instant(r[0])))
                .invoke(list -> facts.breaches = list)
                .chain(() -> rows(session, """
                                select cast(charge_id as text), amount, currency, cast(due_date as text) from charge_state
                                where tenant_id = :tenant and customer_id = :customer and status in ('open', 'overdue')
                                  and (overdue or due_date < :today)""",
                        tenant, customer, q -> q.setParameter("today", today),
                        r -> new OverdueCharge(Rows.uuid(r[0]), Rows.decimal(r[1]), (String) r[2], Rows.date(r[3]))))
                .invoke(list -> facts.charges = list)
                .chain(() -> rows(session, """
                                select cast(task_id as text), cast(due_date as text) from task_state
                                where tenant_id = :tenant and customer_id = :customer and not completed
                                  and due_date < :today""",
                        tenant, customer, q -> q.setParameter("today", today),
                        r -> new OverdueTask(Rows.uuid(r[0]), Rows.date(r[1]))))
                .invoke(list -> facts.tasks = list)
                .chain(() -> rows(session, """
                                select cast(contract_id as text), cast(end_date as text) from contract_state
                                where tenant_id = :tenant and customer_id = :customer and active
                                  and (end_date is null or end_date >= :today)""",
                        tenant, customer, q -> q.setParameter("today", today),
                        r -> new RunningContract(Rows.uuid(r[0]), Rows.date(r[1]))))
                .invoke(list -> facts.contracts = list)
                .chain(() -> rows(session, """
                                select cast(id as text), value, delta, reason, author, created_at from manual_adjustment
                                where tenant_id = :tenant and customer_id = :customer and created_at >= :from""",
                        tenant, customer, q -> q.setParameter("from", yearAgo),
                        r -> new Adjustment(Rows.uuid(r[0]), Rows.decimal(r[1]), Rows.decimal(r[2]), (String) r[3],
                                (String) r[4], Rows.instant(r[5]))))
                .map(adjustments -> new CustomerFacts(today, now, facts.usage, facts.answers, (int) facts.openTickets,
                        facts.breaches, facts.charges, facts.tasks, facts.contracts, adjustments));
    }

    private static <T> Uni<List<T>> rows(Mutiny.Session session, String sql, String tenant, UUID customer,
                                         Function<Mutiny.SelectionQuery<Object[]>, Mutiny.SelectionQuery<Object[]>> params,
                                         Function<Object[], T> map) {
        var query = session.createNativeQuery(sql, Object[].class)
                .setParameter("tenant", tenant).setParameter("customer", customer);
        return params.apply(query).getResultList().map(rows -> rows.stream().map(map).toList());
    }
}
