package io.csplatform.surveys.template;

import io.csplatform.surveys.survey.SurveyKind;

/**
 * The texts a tenant starts with, in Portuguese: the question of the answer page, and the e-mail's subject and body
 * (Qute templates rendered by the actions service with {@code customer}, {@code recipient} and {@code survey}).
 */
final class DefaultTexts {

    private static final String FOOTER = """

            O link é pessoal e vale até {survey.expiresOn}.

            Não quer mais receber pesquisas? {survey.optOutLink}""";

    private DefaultTexts() {
    }

    static SurveyTemplates.Texts of(SurveyKind kind) {
        return switch (kind) {
            case NPS -> new SurveyTemplates.Texts(kind,
                    "Em uma escala de 0 a 10, o quanto você recomendaria a nossa empresa a um amigo ou colega?",
                    "{customer.name}: de 0 a 10, quanto você nos recomendaria?",
                    """
                    Olá{#if recipient.name??} {recipient.name}{/if},

                    De 0 a 10, quanto você recomendaria a nossa empresa a um amigo ou colega? Queremos saber como está \
                    a experiência da {customer.name} conosco; responder leva menos de um minuto:
                    {survey.link}
                    """ + FOOTER, false);
            case CSAT -> new SurveyTemplates.Texts(kind,
                    "Em uma escala de 1 a 5, qual o seu grau de satisfação com o nosso atendimento?",
                    "{customer.name}: como foi o nosso atendimento?",
                    """
                    Olá{#if recipient.name??} {recipient.name}{/if},

                    De 1 a 5, qual o seu grau de satisfação com o atendimento que a {customer.name} recebeu? \
                    Responder leva menos de um minuto:
                    {survey.link}
                    """ + FOOTER, false);
        };
    }
}
