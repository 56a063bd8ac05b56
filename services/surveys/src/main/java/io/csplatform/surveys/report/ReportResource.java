package io.csplatform.surveys.report;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.surveys.answer.AnswerQueries;
import io.csplatform.surveys.contact.TenantZones;
import io.csplatform.surveys.survey.SurveyKind;
import io.csplatform.surveys.survey.SurveyQueries;
import io.csplatform.surveys.survey.SurveyViews.InvitationView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A customer's surveys: NPS and CSAT with response rates (days in the tenant's zone), contacts without an answer,
 * and its invitations and answers as cursor pages. Unknown or another tenant's customer: 404.
 */
@Path("/api/v1/customers/{customerId}")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class ReportResource {

    /** Active contacts with no answer of {@code kind} since {@code since} (the last {@code days} days). */
    public record ContactsWithoutAnswer(UUID customerId, String kind, int days, LocalDate since,
                                       List<SurveyReports.ContactWithoutAnswer> items) {
    }

    private final SurveyReports reports;
    private final SurveyQueries surveys;
    private final AnswerQueries answers;
    private final TenantZones zones;
    private final CurrentTenant tenant;
    private final Clock clock;

    public ReportResource(SurveyReports reports, SurveyQueries surveys, AnswerQueries answers, TenantZones zones,
                          CurrentTenant tenant, Clock clock) {
        this.reports = reports;
        this.surveys = surveys;
        this.answers = answers;
        this.zones = zones;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GET
    @Path("/nps")
    public Uni<Figures.Nps> nps(@PathParam("customerId") UUID customerId, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        String tenantId = tenant.id();
        return known(tenantId, customerId, zone -> reports.nps(tenantId, customerId, Period.of(from, to, zone, clock)));
    }

    @GET
    @Path("/csat")
    public Uni<Figures.Csat> csat(@PathParam("customerId") UUID customerId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        String tenantId = tenant.id();
        return known(tenantId, customerId, zone -> reports.csat(tenantId, customerId, Period.of(from, to, zone, clock)));
    }

    @GET
    @Path("/contacts-without-answer")
    public Uni<ContactsWithoutAnswer> withoutAnswer(@PathParam("customerId") UUID customerId,
                                                    @QueryParam("days") String days, @QueryParam("kind") String kind) {
        String tenantId = tenant.id();
        int span = days(days);
        SurveyKind surveyKind = kind(kind, SurveyKind.NPS);
        return known(tenantId, customerId, zone -> {
            Period period = Period.lastDays(span, zone, clock);
            return reports.withoutAnswer(tenantId, customerId, surveyKind.name(), period).map(contacts ->
                    new ContactsWithoutAnswer(customerId, surveyKind.name(), span, period.from(), contacts));
        });
    }

    @GET
    @Path("/invitations")
    public Uni<Page<InvitationView>> invitations(@PathParam("customerId") UUID customerId,
                                                 @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        String tenantId = tenant.id();
        int size = Paging.limit(limit);
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        return known(tenantId, customerId, zone -> surveys.invitations(tenantId, customerId, after, size));
    }

    @GET
    @Path("/answers")
    public Uni<Page<AnswerQueries.AnswerView>> answers(@PathParam("customerId") UUID customerId,
                                                       @QueryParam("kind") String kind, @QueryParam("limit") String limit,
                                                       @QueryParam("cursor") String cursor) {
        String tenantId = tenant.id();
        int size = Paging.limit(limit);
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        SurveyKind surveyKind = kind(kind, null);
        return known(tenantId, customerId, zone -> answers.answers(tenantId, customerId,
                surveyKind == null ? null : surveyKind.name(), after, size));
    }

    /** The read for a customer of the tenant, given the tenant's zone; 404 for an unknown or another tenant's customer. */
    private <T> Uni<T> known(String tenantId, UUID customerId, Function<ZoneId, Uni<T>> read) {
        return surveys.customerKnown(tenantId, customerId).chain(known -> !known
                ? Uni.createFrom().<T>failure(ProblemException.notFound("customer " + customerId))
                : zones.of(tenantId).chain(zone -> read.apply(zone)));
    }

    private static SurveyKind kind(String kind, SurveyKind absent) {
        if (kind == null || kind.isBlank()) {
            return absent;
        }
        SurveyKind parsed = SurveyKind.parse(kind);
        if (parsed == null) {
            throw ProblemException.invalidField("kind", "must be NPS or CSAT");
        }
        return parsed;
    }

    private static int days(String days) {
        if (days == null || days.isBlank()) {
            return 90;
        }
        try {
            int value = Integer.parseInt(days.strip());
            if (value >= 1 && value <= 3660) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("days", "must be a whole number from 1 to 3660");
    }
}
