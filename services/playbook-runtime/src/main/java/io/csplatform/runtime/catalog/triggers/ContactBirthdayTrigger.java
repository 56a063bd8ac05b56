package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code contact.birthday} (scheduled, daily): today is an active contact's birthday (month and day; a 29 February
 * birthday is celebrated on 28 February in non-leap years); optional {@code at}.
 */
@Singleton
public class ContactBirthdayTrigger extends DailyScheduledTrigger {

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {%s}}""".formatted(TriggerSupport.AT_PROPERTY));

    @Override
    public String id() {
        return "contact.birthday";
    }

    @Override
    public Labels labels() {
        return new Labels("Contact's birthday", "Data de aniversário do contato");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome firesFor(JsonNode params, Context context) {
        LocalDate today = context.today();
        List<Facts.Contact> birthdays = context.facts().activeContacts().stream()
                .filter(contact -> contact.birthday() != null && isBirthday(contact.birthday(), today))
                .toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("today", today);
        seen.put("contacts", birthdays.stream().map(c -> c.name() + " (" + c.id() + ")").toList());
        return Outcome.of(!birthdays.isEmpty(), seen);
    }

    /** Whether {@code day} is the birthday's anniversary; 29 February falls on 28 February outside leap years. */
    static boolean isBirthday(LocalDate birthday, LocalDate day) {
        MonthDay birth = MonthDay.from(birthday);
        if (birth.equals(LEAP_DAY) && !day.isLeapYear()) {
            return day.getMonthValue() == 2 && day.getDayOfMonth() == 28;
        }
        return birth.equals(MonthDay.from(day));
    }
}
