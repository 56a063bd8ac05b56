package io.csplatform.surveys.answer;

import io.csplatform.events.SurveyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CsatResponseReceived;
import io.csplatform.events.payload.NpsResponseReceived;
import io.csplatform.outbox.Outbox;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.csplatform.surveys.contact.OptOuts;
import io.csplatform.surveys.link.SurveyTokens;
import io.csplatform.surveys.survey.SurveyKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What a personal link allows, with no login: reading the question, answering once before the link expires (the
 * answer and its {@code nps.response.received} / {@code csat.response.received} in one transaction), and opting out
 * of surveys (also after answering or expiry). A garbled or forged link is not found.
 */
@ApplicationScoped
public class AnswerService {

    private static final String INSERT = """
            insert into answer (id, tenant_id, invitation_id, survey_id, customer_id, kind, contact_id, email, score,
                                comment, answered_at)
            values (:id, :tenant, :invitation, :survey, :customer, :kind, :contact, :email, :score, :comment, :at)""";
    private static final String MARK = """
            update invitation set answered_at = :at where tenant_id = :tenant and id = :id and answered_at is null""";

    /** An answer just recorded ({@code responseId} is the events' id of it). */
    public record Answered(UUID responseId, UUID surveyId, String kind, int score, String comment, Instant answeredAt) {
    }

    private final Mutiny.SessionFactory sessions;
    private final SurveyTokens tokens;
    private final OptOuts optOuts;
    private final Outbox outbox;
    private final Clock clock;

    public AnswerService(Mutiny.SessionFactory sessions, SurveyTokens tokens, OptOuts optOuts, Outbox outbox,
                         Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.optOuts = optOuts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The invitation, if it can still be answered. */
    Uni<Invitation> open(String token) {
        SurveyTokens.Link link = link(token);
        return sessions.withSession(session -> find(session, link, false)).map(this::answerable);
    }

    Uni<Answered> answer(String token, Integer score, String comment) {
        SurveyTokens.Link link = link(token);
        return sessions.withTransaction(session -> find(session, link, true).map(this::answerable)
                        .chain(invitation -> record(session, invitation, score(invitation.kind(), score),
                                comment(comment))))
                .onFailure(UniqueViolation.of("answer_invitation")).transform(e -> LinkProblems.answered());
    }

    /** Whether the address of the link's invitation opted out. */
    Uni<Boolean> optedOut(String token) {
        SurveyTokens.Link link = link(token);
        return sessions.withSession(session -> find(session, link, false)
                .chain(invitation -> optOuts.isOptedOut(session, invitation.tenantId(), invitation.email())));
    }

    /** Opts the invitation's address out of the tenant's surveys; true when it was not already. */
    Uni<Boolean> optOut(String token) {
        SurveyTokens.Link link = link(token);
        return sessions.withTransaction(session -> find(session, link, false)
                .chain(i -> optOuts.optOut(session, i.tenantId(), i.email(), i.contactId(), i.customerId(), i.id(),
                        clock.instant())));
    }

    private SurveyTokens.Link link(String token) {
        return tokens.read(token).orElseThrow(LinkProblems::notFound);
    }

    private static Uni<Invitation> find(Mutiny.Session session, SurveyTokens.Link link, boolean lock) {
        return session.createNativeQuery(Invitation.SELECT + (lock ? " for update of i" : ""), Object[].class)
                .setParameter("tenant", link.tenantId()).setParameter("id", link.invitationId())
                .getSingleResultOrNull()
                .onItem().ifNull().failWith(LinkProblems::notFound)
                .map(row -> Invitation.of(link.tenantId(), row));
    }

    private Invitation answerable(Invitation invitation) {
        if (invitation.answeredAt() != null) {
            throw LinkProblems.answered();
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            throw LinkProblems.expired(invitation.expiresAt());
        }
        return invitation;
    }

    private Uni<Answered> record(Mutiny.Session session, Invitation invitation, int score, String comment) {
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return session.createNativeQuery(INSERT)
                .setParameter("id", id).setParameter("tenant", invitation.tenantId())
                .setParameter("invitation", invitation.id()).setParameter("survey", invitation.surveyId())
                .setParameter("customer", invitation.customerId()).setParameter("kind", invitation.kind().name())
                .setParameter("contact", invitation.contactId()).setParameter("email", invitation.email())
                .setParameter("score", score).setParameter("comment", comment).setParameter("at", at)
                .executeUpdate()
                .chain(() -> session.createNativeQuery(MARK).setParameter("at", at)
                        .setParameter("tenant", invitation.tenantId()).setParameter("id", invitation.id())
                        .executeUpdate())
                .chain(() -> publish(session, invitation, id, score, comment, at))
                .replaceWith(new Answered(id, invitation.surveyId(), invitation.kind().name(), score, comment, at));
    }

    private Uni<?> publish(Mutiny.Session session, Invitation i, UUID id, int score, String comment, Instant at) {
        return i.kind() == SurveyKind.NPS
                ? outbox.publish(session, Topic.SURVEYS_EVENTS, SurveyMessages.NPS_RESPONSE_RECEIVED, i.tenantId(),
                i.customerId(), new NpsResponseReceived(id, i.surveyId(), i.customerId(), i.contactId(), score, comment, at))
                : outbox.publish(session, Topic.SURVEYS_EVENTS, SurveyMessages.CSAT_RESPONSE_RECEIVED, i.tenantId(),
                i.customerId(), new CsatResponseReceived(id, i.surveyId(), i.customerId(), i.contactId(), null, score,
                        comment, at));
    }

    private static int score(SurveyKind kind, Integer score) {
        if (score == null || !kind.accepts(score)) {
            throw ProblemException.invalidField("score", "must be a whole number from " + kind.min() + " to "
                    + kind.max() + " for a" + (kind == SurveyKind.NPS ? "n " : " ") + kind + " survey");
        }
        return score;
    }

    private static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        if (comment.length() > 2000) {
            throw ProblemException.invalidField("comment", "must be at most 2000 characters");
        }
        return comment.strip();
    }
}
