package io.csplatform.customers.imports;

import io.csplatform.customers.contact.Contact;
import io.csplatform.customers.contact.ContactService;
import io.csplatform.events.CustomerMessages;
import io.csplatform.rest.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory half of the set-based contacts import: the API's rules applied row after row, no I/O. */
class ContactBatchPlanTest {

    private final ContactImportRows rows = new ContactImportRows(List.of("customerExternalId", "name", "email", "main"),
            List.of());
    private final UUID customer = UUID.randomUUID();
    private final Contact stored = stored("Old", "old@x.example.com", true);
    private final ContactBatchPlan plan = new ContactBatchPlan("acme", Clock.systemUTC(), List.of(stored),
            new HashMap<>(), List.of(), List.of());

    @Test
    void aNewMainDemotesTheStoredOneAndTheLastRowForAContactWins() {
        assertThat(plan.apply(customer, row(2, "Ana", "ana@x.example.com", "true")))
                .isEqualTo(ContactService.Upsert.CREATED);
        assertThat(plan.apply(customer, row(3, "Ana B", "ANA@x.example.com", "")))
                .isEqualTo(ContactService.Upsert.UPDATED);
        assertThat(plan.apply(customer, row(4, "Old", "old@x.example.com", "")))
                .isEqualTo(ContactService.Upsert.UNCHANGED);

        Contact ana = plan.inserted.values().iterator().next();
        assertThat(plan.inserted).hasSize(1);
        assertThat(ana.name).isEqualTo("Ana B");
        assertThat(ana.main).isTrue();
        assertThat(plan.changed.get(stored.id).main).as("demoted").isFalse();
        assertThat(plan.storedMain(stored.id)).isTrue();
        assertThat(plan.events.stream().map(e -> e.pending().type().name()).toList())
                .containsExactly(CustomerMessages.CONTACT_CREATED.name(), CustomerMessages.CONTACT_UPDATED.name());
    }

    @Test
    void aRowTheRulesRefuseChangesNothing() {
        assertThatThrownBy(() -> plan.apply(customer, row(2, "Old", "old@x.example.com", "false")))
                .isInstanceOf(ProblemException.class);

        assertThat(stored.main).isTrue();
        assertThat(plan.changed).isEmpty();
        assertThat(plan.events).isEmpty();
        assertThat(plan.apply(customer, row(3, "Old", "old@x.example.com", "")))
                .isEqualTo(ContactService.Upsert.UNCHANGED);
    }

    private ContactImportRows.Row row(long line, String name, String email, String main) {
        return rows.parse(line, List.of("X", name, email, main));
    }

    private Contact stored(String name, String email, boolean main) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.tenantId = "acme";
        c.customerId = customer;
        c.name = name;
        c.email = email;
        c.main = main;
        c.createdAt = Instant.now().minus(1, ChronoUnit.DAYS);
        return c;
    }
}
