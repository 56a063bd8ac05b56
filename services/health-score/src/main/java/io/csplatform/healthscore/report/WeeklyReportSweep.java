package io.csplatform.healthscore.report;

import io.csplatform.events.ActionMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ReportEmail;
import io.csplatform.events.payload.TenantSettingsChanged;
import io.csplatform.tenantsettings.TenantZones;
import io.csplatform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Every {@code health-score.risk-report.every} (60 s): each tenant whose weekly slot has come ({@link ReportWeeks}, the
 * tenant's zone) gets its at-risk report e-mailed through the actions service ({@code report.email}, key
 * {@code risk-report:<week>}), and the week is recorded as sent in the same transaction. The schedule row is taken
 * {@code for update skip locked} and re-checked for the week, so two replicas, a restart or a second tick never send a
 * week twice. {@link #runAt} takes the instant to run at: the tick passes the clock's, tests their own.
 */
@ApplicationScoped
public class WeeklyReportSweep {

    private static final Logger LOG = Logger.getLogger(WeeklyReportSweep.class);
    private static final String CLAIM = "select " + ReportSchedules.COLUMNS + """
             from report_schedule where tenant_id = :tenant and enabled
            and (last_week is null or last_week <> :week) for update skip locked""";

    private final Mutiny.SessionFactory sessions;
    private final TenantZones zones;
    private final RiskReports reports;
    private final Outbox outbox;
    private final Clock clock;

    public WeeklyReportSweep(Mutiny.SessionFactory sessions, TenantZones zones, RiskReports reports, Outbox outbox,
                             Clock clock) {
        this.sessions = sessions;
        this.zones = zones;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${health-score.risk-report.every:60s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runAt(clock.instant())
                .onFailure().invoke(e -> LOG.warn("weekly risk report sweep failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends every report due at {@code now}; answers the tenants whose report went out. */
    public Uni<List<String>> runAt(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return sessions.withSession(session -> session.createNativeQuery(
                        "select tenant_id from report_schedule where enabled order by tenant_id", String.class)
                .getResultList())
                .onItem().transformToMulti(tenants -> Multi.createFrom().iterable(tenants))
                .onItem().transformToUniAndConcatenate(tenant -> send(tenant, at))
                .select().where(tenant -> tenant != null)
                .collect().asList();
    }

    /** The tenant's report when due at {@code now}, in one transaction with its week recorded; null when not due. */
    private Uni<String> send(String tenantId, Instant now) {
        return sessions.withTransaction(session -> zones.zone(session, tenantId).chain(zone -> {
            String week = ReportWeeks.week(java.time.LocalDate.ofInstant(now, zone)
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            return session.createNativeQuery(CLAIM, Object[].class)
                    .setParameter("tenant", tenantId).setParameter("week", week).getResultList()
                    .chain(rows -> {
                        if (rows.isEmpty()) {
                            return Uni.createFrom().nullItem();
                        }
                        ReportSchedule.View schedule = ReportSchedules.view(rows.get(0));
                        String due = ReportWeeks.due(zone, DayOfWeek.valueOf(schedule.dayOfWeek()),
                                LocalTime.parse(schedule.localTime()), now, schedule.updatedAt(), schedule.lastWeek());
                        if (due == null) {
                            return Uni.createFrom().nullItem();
                        }
                        return reports.of(session, tenantId, now)
                                .chain(report -> outbox.publish(session, Topic.ACTIONS_COMMANDS, ActionMessages.REPORT_EMAIL,
                                        tenantId, TenantSettingsChanged.SUBJECT, email(report, due, schedule)))
                                .chain(() -> session.createNativeQuery("""
                                                update report_schedule set last_week = :week, last_sent_at = :at
                                                where tenant_id = :tenant""")
                                        .setParameter("week", due).setParameter("at", now).setParameter("tenant", tenantId)
                                        .executeUpdate())
                                .invoke(() -> LOG.infof("risk report %s of tenant %s sent", due, tenantId))
                                .replaceWith(tenantId);
                    });
        }));
    }

    static ReportEmail email(RiskReport report, String week, ReportSchedule.View schedule) {
        return new ReportEmail("risk-report:" + week, schedule.roles(), schedule.userIds(),
                RiskReportFormats.subject(report), RiskReportFormats.text(report), RiskReportFormats.html(report),
                new ReportEmail.Attachment("clientes-em-risco-" + report.day() + ".csv", "text/csv",
                        RiskReportFormats.csv(report)));
    }
}
