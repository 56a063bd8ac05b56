package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.catalog.TestCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every trigger row of the catalog (shared/spec/catalog.md) is found, of the right kind, with valid defaults. */
class TriggerCatalogTest {

    private static final String[] EVENT_TRIGGERS = {"nps.response.received", "csat.response.received",
            "board.task.completed", "journey.checklist-item.completed", "journey.task.scheduled",
            "journey.task.completed", "contract.created", "contract.renewed", "contract.mrr.changed",
            "contract.cancelled", "healthscore.changed", "ticket.created", "ticket.status.changed", "ticket.rated",
            "charge.overdue", "charge.upserted", "contact.created", "customer.tag.changed",
            "customer.portfolio.changed", "sale.recorded"};
    private static final String[] SCHEDULED_TRIGGERS = {"customer.tasks.overdue", "customer.tasks.none-completed",
            "schedule.periodic", "contact.birthday"};

    @Test
    void everyTriggerRowIsInTheCatalogWithItsKind() {
        Catalog catalog = TestCatalog.get();
        assertThat(catalog.eventTriggers()).containsKeys(EVENT_TRIGGERS);
        assertThat(catalog.scheduledTriggers()).containsKeys(SCHEDULED_TRIGGERS);
        assertThat(catalog.triggers()).hasSize(EVENT_TRIGGERS.length + SCHEDULED_TRIGGERS.length);
    }

    @Test
    void everyTriggerHasBothLabelsAndAnObjectSchema() {
        TestCatalog.get().triggers().forEach(id -> {
            var trigger = TestCatalog.get().trigger(id);
            assertThat(trigger.labels().en()).as(id).isNotBlank();
            assertThat(trigger.labels().pt()).as(id).isNotBlank();
            assertThat(trigger.paramsSchema().path("type").asText()).as(id).isEqualTo("object");
            assertThat(trigger.paramsSchema().path("additionalProperties").asBoolean(true)).as(id).isFalse();
        });
    }
}
