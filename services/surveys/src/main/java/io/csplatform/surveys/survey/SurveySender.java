package io.csplatform.surveys.survey;

import io.csplatform.events.ActionMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.SurveyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.SurveySent;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.Recipient;
import io.csplatform.outbox.Outbox;
import io.csplatform.surveys.SurveysConfig;
import io.csplatform.surveys.contact.OptOuts;
import io.csplatform.surveys.contact.TenantZones;
import io.csplatform.surveys.link.SurveyLinks;
import io.csplatform.surveys.link.SurveyTokens;
import io.csplatform.surveys.template.SurveyTemplates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sending a survey, for a {@code survey.send} command and a CSM's request alike: one invitation (a personal, signed,
 * expiring link) per recipient, recipients who opted out skipped, and ONE {@code email.external} command for the
 * actions service, which owns e-mail, in the same transaction. Nobody left to send to: nothing is written.
 */
@ApplicationScoped
public class SurveySender {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CUSTOMER_NAME = """
            select coalesce(name, '') from customer_ref where tenant_id = :tenant and customer_id = :customer""";
    private static final String INSERT_SURVEY = """
            insert into survey (id, tenant_id, customer_id, kind, question, execution_id, step, command_id, created_at)
            values (:id, :tenant, :customer, :kind, :question, :execution, :step, :command, :at)""";
    private static final String INSERT_INVITATION = """
            insert into invitation (id, tenant_id, survey_id, customer_id, kind, contact_id, email, name, created_at,
                                    expires_at)
            values (:id, :tenant, :survey, :customer, :kind, :contact, :email, :name, :at, :expires)""";

    /** A recipient left out, and why. */
    public record Skipped(String email, UUID contactId, String reason) {
    }

    /** An invitation just created. */
    public record Invited(UUID id, UUID contactId, String email, String name, Instant expiresAt) {
    }

    /** What a send did; no invitations when nobody was left to send to ({@code skipped} says why). */
    public record Sent(UUID surveyId, UUID customerId, SurveyKind kind, String question, Instant sentAt,
                       List<Invited> invitations, List<Skipped> skipped) {

        public String whyNothing() {
            return "nobody to send to" + (skipped.isEmpty() ? "" : ": " + String.join("; ", skipped.stream()
                    .map(s -> (s.email() != null ? s.email() : "contact " + s.contactId()) + " " + s.reason()).toList()));
        }
    }

    private final OptOuts optOuts;
    private final SurveyTemplates templates;
    private final TenantZones zones;
    private final SurveyTokens tokens;
    private final SurveyLinks links;
    private final Outbox outbox;
    private final SurveysConfig config;
    private final Clock clock;

    public SurveySender(OptOuts optOuts, SurveyTemplates templates, TenantZones zones, SurveyTokens tokens,
                        SurveyLinks links, Outbox outbox, SurveysConfig config, Clock clock) {
        this.optOuts = optOuts;
        this.templates = templates;
        this.zones = zones;
        this.tokens = tokens;
        this.links = links;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Sends a survey of {@code kind} to {@code to}; {@code cause} is the survey.send command (null for a user's
     * request) and {@code source} its playbook step. A null item when the customer is unknown.
     */
    public Uni<Sent> send(Mutiny.Session session, String tenant, EventHeaders cause, SurveyKind kind, UUID customerId,
                          List<Recipient> to, ExecutionStep source) {
        return session.createNativeQuery(CUSTOMER_NAME, String.class)
                .setParameter("tenant", tenant).setParameter("customer", customerId)
                .getSingleResultOrNull()
                .chain(name -> name == null ? Uni.createFrom().nullItem()
                        : chosen(session, tenant, to).chain(choice -> choice.recipients().isEmpty()
                        ? Uni.createFrom().item(new Sent(null, customerId, kind, null, null, List.of(), choice.skipped()))
                        : templates.of(session, tenant, kind).chain(texts -> zones.of(tenant).chain(zone ->
                                write(session, tenant, cause, kind, customerId, name, texts, zone, choice, source)))));
    }

    private record Choice(List<Recipient> recipients, List<Skipped> skipped) {
    }

    /** One recipient per address; those without an address or who opted out are skipped. */
    private Uni<Choice> chosen(Mutiny.Session session, String tenant, List<Recipient> to) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Recipient recipient : to == null ? List.<Recipient>of() : to) {
            if (recipient.email() == null || recipient.email().isBlank()) {
                skipped.add(new Skipped(null, recipient.contactId(), "has no e-mail address"));
            } else {
                byEmail.putIfAbsent(OptOuts.normal(recipient.email()), recipient);
            }
        }
        if (byEmail.isEmpty()) {
            return Uni.createFrom().item(new Choice(List.of(), skipped));
        }
        List<UUID> contacts = byEmail.values().stream().map(Recipient::contactId).filter(id -> id != null).toList();
        return optOuts.among(session, tenant, byEmail.keySet(), contacts).map(opted -> {
            List<Recipient> recipients = new ArrayList<>();
            byEmail.values().forEach(r -> {
                if (opted.test(r.email(), r.contactId())) {
                    skipped.add(new Skipped(r.email().strip(), r.contactId(), "opted out of surveys"));
                } else {
                    recipients.add(r);
                }
            });
            return new Choice(recipients, skipped);
        });
    }

    private Uni<Sent> write(Mutiny.Session session, String tenant, EventHeaders cause, SurveyKind kind,
                            UUID customerId, String customerName, SurveyTemplates.Texts texts, ZoneId zone,
                            Choice choice, ExecutionStep source) {
        UUID surveyId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expires = now.plus(config.linkValidity()).truncatedTo(ChronoUnit.SECONDS);
        List<Invited> invited = new ArrayList<>();
        List<Recipient> to = new ArrayList<>();
        Uni<?> chain = session.createNativeQuery(INSERT_SURVEY)
                .setParameter("id", surveyId).setParameter("tenant", tenant).setParameter("customer", customerId)
                .setParameter("kind", kind.name()).setParameter("question", texts.question())
                .setParameter("execution", source == null ? null : source.executionId())
                .setParameter("step", source == null ? null : source.step())
                .setParameter("command", cause == null ? null : cause.id()).setParameter("at", now)
                .executeUpdate();
        for (Recipient recipient : choice.recipients()) {
            var invitation = new Invited(UUID.randomUUID(), recipient.contactId(), recipient.email().strip(),
                    recipient.name(), expires);
            String token = tokens.issue(tenant, invitation.id(), expires);
            invited.add(invitation);
            to.add(new Recipient(recipient.name(), invitation.email(), recipient.contactId(), Map.of("survey", Map.of(
                    "link", links.answer(token), "optOutLink", links.optOut(token),
                    "expiresOn", DAY.format(expires.atZone(zone)), "kind", kind.name()))));
            chain = chain.chain(() -> session.createNativeQuery(INSERT_INVITATION)
                    .setParameter("id", invitation.id()).setParameter("tenant", tenant).setParameter("survey", surveyId)
                    .setParameter("customer", customerId).setParameter("kind", kind.name())
                    .setParameter("contact", invitation.contactId()).setParameter("email", invitation.email())
                    .setParameter("name", invitation.name()).setParameter("at", now).setParameter("expires", expires)
                    .executeUpdate());
        }
        EmailSend email = new EmailSend(source, customerId, to, List.of(), texts.subject(), texts.body(),
                Map.of("customer", Map.of("id", customerId.toString(), "name", customerName)));
        return chain.chain(() -> cause == null
                        ? outbox.publish(session, Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_EXTERNAL, tenant, customerId,
                        email)
                        : outbox.publishCausedBy(session, cause, Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_EXTERNAL,
                        customerId, email))
                .chain(() -> {
                    var sent = new SurveySent(surveyId, customerId, kind.name(), invited.stream()
                            .map(i -> new SurveySent.Invitation(i.id(), i.contactId(), i.email())).toList(), now, expires);
                    return cause == null
                            ? outbox.publish(session, Topic.SURVEYS_EVENTS, SurveyMessages.SURVEY_SENT, tenant, customerId, sent)
                            : outbox.publishCausedBy(session, cause, Topic.SURVEYS_EVENTS, SurveyMessages.SURVEY_SENT,
                            customerId, sent);
                })
                .replaceWith(() -> new Sent(surveyId, customerId, kind, texts.question(), now, invited,
                        choice.skipped()));
    }
}
