package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.SurveyMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.SurveySend;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * {@code survey.send}: send an NPS or CSAT survey to the main contact, to the contacts of a contact type, or to every
 * active contact with an e-mail address.
 */
@Singleton
public class SurveySendAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["kind", "contacts"],
             "properties": {"kind": {"enum": ["NPS", "CSAT"]},
                            "contacts": {"enum": ["main-contact", "contact-type", "all"]},
                            "contactType": %s},
             "if": {"properties": {"contacts": {"const": "contact-type"}}},
             "then": {"required": ["contactType"]},
             "else": {"not": {"required": ["contactType"]}}}""".formatted(ActionParams.TEXT));

    @Override
    public String id() {
        return "survey.send";
    }

    @Override
    public Labels labels() {
        return new Labels("Send an NPS or CSAT survey", "Enviar Pesquisa (NPS e CSAT)");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        String who = params.path("contacts").asText();
        String type = ActionParams.text(params, "contactType");
        List<Facts.Contact> chosen = switch (who) {
            case "main-contact" -> context.facts().mainContact().stream().toList();
            case "contact-type" -> context.facts().activeContacts().stream()
                    .filter(c -> c.types().stream().anyMatch(t -> t.equalsIgnoreCase(type.strip()))).toList();
            default -> context.facts().activeContacts();
        };
        var to = chosen.stream().filter(EmailAction::reachable).map(EmailAction::recipient).toList();
        if (to.isEmpty()) {
            return Plan.skip(switch (who) {
                case "main-contact" -> "the customer has no main contact with an e-mail address";
                case "contact-type" -> "no active contact of type " + type + " has an e-mail address";
                default -> "the customer has no active contact with an e-mail address";
            });
        }
        return Plan.send(SurveyMessages.SURVEY_SEND, new SurveySend(step, context.facts().customerId(),
                params.path("kind").asText(), to));
    }
}
