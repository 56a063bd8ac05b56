package io.csplatform.surveys.template;

import io.csplatform.surveys.survey.SurveyKind;
import io.csplatform.templates.MessageTemplates;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default e-mails render as the actions service renders them: strictly, with or without the recipient's name. */
class DefaultTextsTest {

    private static final Map<String, Object> SURVEY = Map.of("link", "https://s.example/public/surveys/t",
            "optOutLink", "https://s.example/public/surveys/t/opt-out", "expiresOn", "31/12/2031", "kind", "NPS");

    @Test
    void theNpsEmailGreetsTheRecipientByNameAndCarriesBothLinks() {
        var texts = DefaultTexts.of(SurveyKind.NPS);
        Map<String, Object> variables = Map.of("customer", Map.of("name", "Padaria Pão Quente"),
                "recipient", Map.of("name", "Ana", "email", "ana@example.com"), "survey", SURVEY);

        String body = MessageTemplates.render(texts.body(), variables).text().orElseThrow();
        String subject = MessageTemplates.render(texts.subject(), variables).text().orElseThrow();

        assertThat(subject).isEqualTo("Padaria Pão Quente: de 0 a 10, quanto você nos recomendaria?");
        assertThat(body).startsWith("Olá Ana,").contains("https://s.example/public/surveys/t\n",
                "vale até 31/12/2031", "https://s.example/public/surveys/t/opt-out", "Padaria Pão Quente");
    }

    @Test
    void aRecipientWithoutANameIsGreetedWithoutOne() {
        for (SurveyKind kind : SurveyKind.values()) {
            var rendered = MessageTemplates.render(DefaultTexts.of(kind).body(), Map.of("customer",
                    Map.of("name", "ACME"), "recipient", Map.of("email", "x@example.com"), "survey", SURVEY));

            assertThat(rendered.error()).isNull();
            assertThat(rendered.text().orElseThrow()).startsWith("Olá,");
        }
    }
}
