package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Facts from the customer's voice and behaviour: tickets (their own version orders them; tickets per day in
 * buckets), NPS / CSAT answers, tracking rollups (each rollup replaces its day: absolute totals), logins (the
 * latest wins) and the health score.
 */
@Singleton
public class SignalFactMapper implements FactMapper {

    static final String TICKET = "ticket";
    static final String ANSWER = "answer";
    static final String INVITATION = "invitation";
    static final String USER = "user";
    static final String HEALTH = "health";
    static final String TICKETS = "tickets";
    static final String TRACKING = "tracking";

    @Override
    public Set<String> types() {
        return Set.of("ticket.created", "ticket.status.changed", "ticket.rated", "nps.response.received",
                "csat.response.received", "survey.sent", "tracking.day.rolled-up", "user.login", "healthscore.changed");
    }

    @Override
    public FactChanges map(String type, JsonNode p, long version, ZoneId zone) {
        String ticket = p.path("ticketId").asText();
        return switch (type) {
            case "ticket.created" -> FactChanges.builder(p.path("version").asLong())
                    .copy(TICKET, ticket, p, "subject", "status", "closed", "priority", "createdAt")
                    .bucket(TICKETS, FactMapper.day(p.path("createdAt"), zone), ticket, BigDecimal.ONE).build();
            case "ticket.status.changed" -> FactChanges.builder(p.path("version").asLong())
                    .set(TICKET, ticket, "status", p.path("toStatus")).copy(TICKET, ticket, p, "closed", "priority").build();
            case "ticket.rated" -> FactChanges.builder(p.path("version").asLong())
                    .copy(TICKET, ticket, p, "rating", "status", "priority").build();
            case "nps.response.received", "csat.response.received" -> FactChanges.builder(version)
                    .set(ANSWER, p.path("responseId").asText(), "kind", type.startsWith("nps") ? "NPS" : "CSAT")
                    .copy(ANSWER, p.path("responseId").asText(), p, "contactId", "score", "answeredAt", "surveyId").build();
            case "survey.sent" -> invitations(p, version);
            case "tracking.day.rolled-up" -> tracking(p);
            case "user.login" -> FactChanges.builder(FactMapper.micros(p.path("loginAt")))
                    .copy(USER, p.path("userId").asText(), p, "keyUser", "loginAt").build();
            case "healthscore.changed" -> FactChanges.builder(FactMapper.micros(p.path("changedAt")))
                    .set(HEALTH, "", "score", p.path("toScore")).set(HEALTH, "", "band", p.path("toBand"))
                    .copy(HEALTH, "", p, "changedAt").build();
            default -> FactChanges.NONE;
        };
    }

    private static FactChanges tracking(JsonNode p) {
        LocalDate day = LocalDate.parse(p.path("day").asText());
        FactChanges.Builder out = FactChanges.builder(p.path("version").asLong()).replaceDay(TRACKING, day);
        for (JsonNode count : p.path("counts")) {
            out.bucket(TRACKING, day, io.csplatform.runtime.evaluation.DaySeries.trackingItem(
                    count.path("userId").asText(), count.path("feature").asText()), count.path("count").decimalValue());
        }
        return out.build();
    }

    /** One fact entity per invitation of a {@code survey.sent}. */
    private static FactChanges invitations(JsonNode p, long version) {
        FactChanges.Builder out = FactChanges.builder(version);
        for (JsonNode invitation : p.path("invitations")) {
            String id = invitation.path("invitationId").asText();
            out.set(INVITATION, id, "surveyId", p.path("surveyId")).set(INVITATION, id, "kind", p.path("kind"))
                    .set(INVITATION, id, "sentAt", p.path("sentAt")).copy(INVITATION, id, invitation, "contactId");
        }
        return out.build();
    }
}
