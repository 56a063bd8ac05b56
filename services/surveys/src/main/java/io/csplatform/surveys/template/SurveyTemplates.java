package io.csplatform.surveys.template;

import io.csplatform.rest.ProblemException;
import io.csplatform.surveys.survey.SurveyKind;
import io.csplatform.templates.MessageTemplates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A tenant's texts for each kind of survey: its own when it saved some, else the Portuguese defaults. The e-mail's
 * subject and body are checked by rendering them with sample values: a variable that will not exist is refused.
 */
@ApplicationScoped
public class SurveyTemplates {

    private static final String SELECT = """
            select kind, question, subject, body from survey_template where tenant_id = :tenant""";
    private static final String UPSERT = """
            insert into survey_template (tenant_id, kind, question, subject, body, updated_at)
            values (:tenant, :kind, :question, :subject, :body, :at)
            on conflict (tenant_id, kind) do update set question = excluded.question, subject = excluded.subject,
              body = excluded.body, updated_at = excluded.updated_at""";
    /** The variables the e-mail templates may use (the actions service adds {@code recipient}). */
    private static final Map<String, Object> SAMPLE = Map.of(
            "customer", Map.of("id", "00000000-0000-0000-0000-000000000000", "name", "Padaria Pão Quente"),
            "recipient", Map.of("name", "Ana", "email", "ana@example.com"),
            "survey", Map.of("link", "https://example.com/s", "optOutLink", "https://example.com/s/opt-out",
                    "expiresOn", "31/12/2026", "kind", "NPS"));

    /** The texts of one kind; {@code custom} when the tenant wrote them. */
    public record Texts(SurveyKind kind, String question, String subject, String body, boolean custom) {
    }

    private final Clock clock;

    public SurveyTemplates(Clock clock) {
        this.clock = clock;
    }

    public Uni<Texts> of(Mutiny.Session session, String tenant, SurveyKind kind) {
        return all(session, tenant).map(texts -> texts.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow());
    }

    /** The texts of every kind, the tenant's own or the defaults. */
    public Uni<List<Texts>> all(Mutiny.Session session, String tenant) {
        return session.createNativeQuery(SELECT, Object[].class).setParameter("tenant", tenant).getResultList()
                .map(rows -> Arrays.stream(SurveyKind.values()).map(kind -> rows.stream()
                        .filter(row -> kind.name().equals(row[0])).findFirst()
                        .map(row -> new Texts(kind, (String) row[1], (String) row[2], (String) row[3], true))
                        .orElseGet(() -> DefaultTexts.of(kind))).toList());
    }

    public Uni<Texts> save(Mutiny.Session session, String tenant, Texts texts) {
        check("subject", texts.subject());
        check("body", texts.body());
        if (!texts.body().contains("{survey.link}")) {
            throw ProblemException.invalidField("body", "must contain {survey.link}, the personal answer link");
        }
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenant).setParameter("kind", texts.kind().name())
                .setParameter("question", texts.question().strip()).setParameter("subject", texts.subject())
                .setParameter("body", texts.body()).setParameter("at", clock.instant())
                .executeUpdate()
                .replaceWith(() -> new Texts(texts.kind(), texts.question().strip(), texts.subject(), texts.body(), true));
    }

    private static void check(String field, String template) {
        var rendered = MessageTemplates.render(template, SAMPLE);
        if (rendered.text().isEmpty()) {
            throw ProblemException.invalidField(field, "cannot be rendered: " + rendered.error()
                    + " (variables: customer.id, customer.name, recipient.name, recipient.email, survey.link, "
                    + "survey.optOutLink, survey.expiresOn)");
        }
    }
}
