package io.csplatform.healthscore.report;

import io.csplatform.rest.Paging;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** The tenants' weekly report schedules: read, set (cs-admin), and the ones the sweep looks at. */
@ApplicationScoped
public class ReportSchedules {

    /** What a tenant that set nothing shows: Monday 09:00 to the leaders, not enabled. */
    static final ReportSchedule.View DEFAULT = new ReportSchedule.View(DayOfWeek.MONDAY.name(), "09:00",
            List.of(Roles.CS_LEADER), List.of(), false, false, null, null, null, null);
    private static final String UPSERT = """
            insert into report_schedule (tenant_id, day_of_week, local_time, roles, user_ids, enabled, updated_by, updated_at)
            values (:tenant, :day, :time, :roles, :users, :enabled, :by, :at)
            on conflict (tenant_id) do update set day_of_week = excluded.day_of_week, local_time = excluded.local_time,
              roles = excluded.roles, user_ids = excluded.user_ids, enabled = excluded.enabled,
              updated_by = excluded.updated_by, updated_at = excluded.updated_at""";
    static final String COLUMNS = """
            tenant_id, day_of_week, cast(local_time as text), roles, user_ids, enabled, last_week, last_sent_at,
            updated_by, updated_at""";

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;

    public ReportSchedules(Mutiny.SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public Uni<ReportSchedule.View> get(String tenantId) {
        return sessions.withSession(session -> session.createNativeQuery(
                        "select " + COLUMNS + " from report_schedule where tenant_id = :tenant", Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.isEmpty() ? DEFAULT : view(rows.get(0))));
    }

    /** Sets the schedule; roles default to cs-leader when neither roles nor users are named; enabled by default. */
    public Uni<ReportSchedule.View> put(String tenantId, String userId, ReportSchedule schedule) {
        List<String> roles = schedule.roles() == null ? List.of() : schedule.roles();
        List<String> users = schedule.userIds() == null ? List.of() : schedule.userIds();
        if (roles.isEmpty() && users.isEmpty()) {
            roles = List.of(Roles.CS_LEADER);
        }
        List<String> finalRoles = roles;
        return sessions.withTransaction(session -> session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenantId).setParameter("day", DayOfWeek.valueOf(schedule.dayOfWeek()).getValue())
                .setParameter("time", LocalTime.parse(schedule.localTime())).setParameter("roles", String.join(",", finalRoles))
                .setParameter("users", String.join(",", users))
                .setParameter("enabled", schedule.enabled() == null || schedule.enabled())
                .setParameter("by", userId).setParameter("at", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate()).chain(() -> get(tenantId));
    }

    /** One stored schedule row as a view. */
    static ReportSchedule.View view(Object[] row) {
        return new ReportSchedule.View(DayOfWeek.of(((Number) row[1]).intValue()).name(),
                ((String) row[2]).substring(0, 5), split((String) row[3]), split((String) row[4]), (Boolean) row[5], true,
                (String) row[6], row[7] == null ? null : Paging.instant(row[7]), (String) row[8], Paging.instant(row[9]));
    }

    static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }
}
