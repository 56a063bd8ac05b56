package io.csplatform.runtime.playbook;

import io.csplatform.events.ContractSchemas;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** contracts/playbook/playbook.v1.json describes the document of the catalog, and refuses malformed trees. */
class PlaybookDocumentSchemaTest {

    private static final String SCHEMA = "playbook/playbook.v1.json";

    @Test
    void theCatalogsExampleDocumentIsValid() {
        assertThat(ContractSchemas.violations(SCHEMA, json("""
                {"name": "Onboarding: welcome and kickoff",
                 "trigger": {"type": "contract.created"},
                 "conditions": {"all": [
                   {"type": "customer.status", "params": {"in": ["active", "onboarding"]}},
                   {"not": {"type": "customer.tags", "params": {"has": ["no-onboarding"]}}}]},
                 "actions": [
                   {"type": "email.main-contact", "params": {"subject": "Bem-vindo, {customer.name}!", "body": "..."}},
                   {"type": "journey.task.create",
                    "params": {"title": "Kickoff", "dueInDays": 7, "skipWeekends": true,
                               "assignee": {"ownerType": "Analista Principal"}},
                    "delay": {"after": "P1D"}}],
                 "limits": {"perCustomer": 1, "perCustomerInPeriod": {"count": 1, "period": "P30D"}}}"""))).isEmpty();
    }

    @Test
    void anEmptyGroupAMissingTriggerAndAnUnknownDelayAreRefused() {
        assertThat(ContractSchemas.violations(SCHEMA, json("""
                {"name": "x", "conditions": {"all": []},
                 "actions": [{"type": "email.main-contact", "delay": {"when": "later"}}]}"""))).isNotEmpty()
                .anyMatch(message -> message.contains("trigger"));
    }
}
