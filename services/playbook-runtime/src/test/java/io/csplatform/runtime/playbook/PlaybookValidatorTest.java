package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.runtime.catalog.TestCatalog;
import io.csplatform.runtime.evaluation.PathError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybookValidatorTest {

    private final PlaybookValidator validator = new PlaybookValidator(TestCatalog.get());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theOnboardingPlaybookOfTheWalkingSkeletonIsValid() throws Exception {
        assertThat(validator.validate(json.readTree("""
                {"name": "Onboarding", "trigger": {"type": "contract.created"},
                 "actions": [
                   {"type": "email.main-contact", "params": {"subject": "Bem-vindo, {customer.name}!", "body": "Olá"}},
                   {"type": "journey.task.create", "params": {"title": "Kickoff", "dueInDays": 7, "skipWeekends": true}}]}
                """))).isEmpty();
    }

    @Test
    void everyMistakeNamesItsJsonPath() throws Exception {
        assertThat(validator.validate(json.readTree("""
                {"name": "x", "trigger": {"type": "contract.exploded"},
                 "conditions": {"all": [{"type": "customer.status", "params": {"in": []}}, {"type": "moon.phase"}]},
                 "actions": [{"type": "journey.task.create", "params": {"dueInDays": -1}}, {"type": "fax.send"}]}
                """))).extracting(PathError::path).containsExactlyInAnyOrder(
                "trigger.type", "conditions.all[0].params.in", "conditions.all[1].type",
                "actions[0].params.title", "actions[0].params.dueInDays", "actions[1].type");
    }
}
