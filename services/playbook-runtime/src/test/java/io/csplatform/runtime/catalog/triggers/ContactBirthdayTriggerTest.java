package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contact.birthday}: an active contact's birthday is today (29 Feb -> 28 Feb in other years). */
class ContactBirthdayTriggerTest {

    private final ContactBirthdayTrigger trigger = new ContactBirthdayTrigger();

    @Test
    void anActiveContactBornOnThisDayFiresAndIsNamed() {
        Outcome outcome = trigger.firesFor(json("{}"), context(TriggerFacts.withContacts(
                TriggerFacts.contact("Ana", LocalDate.of(1990, 11, 24), true),
                TriggerFacts.contact("Bruno", LocalDate.of(1985, 11, 25), true))));
        assertThat(outcome.passed()).isTrue();
        assertThat((java.util.List<?>) outcome.seen().get("contacts")).singleElement()
                .satisfies(c -> assertThat(c.toString()).startsWith("Ana"));
    }

    @Test
    void anInactiveContactOrOneWithoutBirthdayDoesNotFire() {
        assertThat(trigger.firesFor(json("{}"), context(TriggerFacts.withContacts(
                TriggerFacts.contact("Ana", LocalDate.of(1990, 11, 24), false),
                TriggerFacts.contact("Caio", null, true)))).passed()).isFalse();
    }

    @Test
    void aLeapDayBirthdayFallsOnTheTwentyEighthOutsideLeapYears() {
        var facts = TriggerFacts.withContacts(TriggerFacts.contact("Lia", LocalDate.of(2000, 2, 29), true));
        assertThat(trigger.firesFor(json("{}"), TriggerFacts.on(LocalDate.of(2027, 2, 28), facts)).passed()).isTrue();
        assertThat(trigger.firesFor(json("{}"), TriggerFacts.on(LocalDate.of(2027, 3, 1), facts)).passed()).isFalse();
        assertThat(trigger.firesFor(json("{}"), TriggerFacts.on(LocalDate.of(2028, 2, 28), facts)).passed()).isFalse();
        assertThat(trigger.firesFor(json("{}"), TriggerFacts.on(LocalDate.of(2028, 2, 29), facts)).passed()).isTrue();
    }

    @Test
    void itRunsDailyFromTheHourAndRefusesOtherParams() {
        assertThat(trigger.dueOn(json("{\"at\":\"09:00\"}"), TODAY, LocalTime.of(8, 59))).isFalse();
        assertThat(trigger.dueOn(json("{\"at\":\"09:00\"}"), TODAY, LocalTime.of(9, 0))).isTrue();
        assertThat(trigger.validate(json("{\"at\":\"9h\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.at"));
        assertThat(trigger.validate(json("{\"days\":1}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.days"));
    }
}
