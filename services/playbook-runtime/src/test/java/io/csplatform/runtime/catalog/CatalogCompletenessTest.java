package io.csplatform.runtime.catalog;

import io.csplatform.runtime.evaluation.CatalogEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of shared/spec/catalog.md has its class, found without a hand-kept list, with labels and a schema. */
class CatalogCompletenessTest {

    static final List<String> CONDITIONS = List.of("nps.answer.score", "nps.contacts-without-answer",
            "nps.customer-score", "customer.in-portfolio", "journey.checklist-item.completed", "journey.task.completed",
            "journey.task.completed-within", "journey.task.status", "tracking.user-indicator-compare",
            "tracking.customer-period-diff", "tracking.user-period-diff", "tracking.features-used", "tracking.total-diff",
            "tracking.last-login", "tracking.advanced", "healthscore.value", "playbook.executions",
            "playbook.executions-in-period", "schedule.weekdays", "compare.field", "customer.days-since-registration",
            "customer.tags", "customer.groups", "customer.segments", "customer.services", "contact.type",
            "customer.products", "customer.contacts-count", "customer.status", "customer.custom-attribute",
            "contact.custom-attribute", "contract.value-per-user", "customer.plan", "contract.users",
            "customer.has-portfolio", "ticket.status", "ticket.priority", "ticket.rating", "tickets.created-in-period",
            "tickets.period-diff", "finance.overdue", "finance.overdue-count", "contract.mrr", "contract.days-to-expiry",
            "sales.revenue", "task.overdue-days", "task.labels", "hierarchy.block", "hierarchy.mrr");

    @Test
    void all49ConditionsOfTheCatalogExist() {
        assertThat(CONDITIONS).hasSize(49).doesNotHaveDuplicates();
        assertThat(TestCatalog.get().conditions().keySet()).containsExactlyInAnyOrderElementsOf(CONDITIONS);
    }

    static final List<String> ACTIONS = List.of("email.main-contact", "email.external", "email.contact-type",
            "email.task-contacts", "email.csm", "notify.csm", "healthscore.set", "board.task.create",
            "journey.task.create", "journey.task.complete", "journey.checklist-item.complete", "journey.task.schedule",
            "journey.set", "portfolio.move", "tags.change", "survey.send", "owner.assign");

    @Test
    void all17ActionsOfTheCatalogExist() {
        assertThat(ACTIONS).hasSize(17).doesNotHaveDuplicates();
        assertThat(TestCatalog.get().actions().keySet()).containsExactlyInAnyOrderElementsOf(ACTIONS);
    }

    @Test
    void everyEntryHasBothLabelsAndAnObjectSchemaThatAcceptsNoUnknownParameter() {
        var catalog = TestCatalog.get();
        List<CatalogEntry> entries = new java.util.ArrayList<>();
        entries.addAll(catalog.eventTriggers().values());
        entries.addAll(catalog.scheduledTriggers().values());
        entries.addAll(catalog.conditions().values());
        entries.addAll(catalog.actions().values());
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.labels().en()).as(entry.id()).isNotBlank();
            assertThat(entry.labels().pt()).as(entry.id()).isNotBlank();
            assertThat(entry.paramsSchema().path("type").asText()).as(entry.id()).isEqualTo("object");
            assertThat(entry.validate(Fixtures.json("{\"noSuchParameter\": 1}"), "params")).as(entry.id())
                    .isNotEmpty();
        });
    }
}
