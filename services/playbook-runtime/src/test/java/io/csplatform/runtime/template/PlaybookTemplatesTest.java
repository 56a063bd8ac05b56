package io.csplatform.runtime.template;

import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.catalog.TestCatalog;
import io.csplatform.runtime.playbook.PlaybookValidator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every starter template passes the validation of POST /api/v1/playbooks: a broken template fails the build. */
class PlaybookTemplatesTest {

    private final PlaybookValidator validator = new PlaybookValidator(TestCatalog.get());

    @Test
    void everyTemplateIsAValidPlaybookDocument() {
        Map<String, PlaybookTemplate> templates = PlaybookTemplates.load(validator);

        assertThat(templates).hasSize(15);
        templates.values().forEach(t -> assertThat(validator.validate(t.playbook())).as(t.id()).isEmpty());
        assertThat(templates.keySet()).startsWith("onboarding-welcome-kickoff", "kickoff-overdue-30d",
                "no-interaction-90d", "integration-tasks-7d", "training-checkin-30d", "usage-review-low-health",
                "renewal-60d", "expansion-workshop-upsell").contains("nps-detractor-task", "charge-overdue-alert",
                "usage-drop-30", "champion-inactive", "low-health-score", "ticket-sla-risk", "retention-routine");
        assertThat(templates.get("onboarding-welcome-kickoff").playbook().at("/trigger/type").asText())
                .isEqualTo("contract.created");
        assertThat(templates.get("kickoff-overdue-30d").summary().trigger()).isEqualTo("schedule.periodic");
    }

    @Test
    void overridesReplaceTheNameAndTriggerParams_andABlankNameNamesTheField() {
        PlaybookTemplate template = PlaybookTemplates.load(validator).get("kickoff-overdue-30d");
        var params = io.csplatform.events.EventJson.MAPPER.createObjectNode().put("every", "P1D").put("at", "07:00");

        var definition = PlaybookTemplateResource.definition(template,
                new PlaybookTemplateResource.Instantiate("Meu Kickoff", params));

        assertThat(definition.get("name").asText()).isEqualTo("Meu Kickoff");
        assertThat(definition.at("/trigger/params/at").asText()).isEqualTo("07:00");
        assertThat(template.playbook().at("/trigger/params/at").asText()).isEqualTo("08:00");
        assertThatThrownBy(() -> PlaybookTemplateResource.definition(template,
                new PlaybookTemplateResource.Instantiate(" ", null))).isInstanceOf(ProblemException.class);
    }
}
