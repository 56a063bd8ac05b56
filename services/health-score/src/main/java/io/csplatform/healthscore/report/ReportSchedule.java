package io.csplatform.healthscore.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * When and to whom a tenant's weekly at-risk report goes: a day of the week and a local time in the tenant's zone;
 * the users of {@code roles} (default {@code cs-leader}) and the named {@code userIds}.
 */
public record ReportSchedule(
        @NotNull @Pattern(regexp = DAYS, message = "must be a day of the week (MONDAY ... SUNDAY)") String dayOfWeek,
        @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be HH:mm") String localTime,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[^,\\s]{1,100}", message = "must be a role name") String> roles,
        @Size(max = 100) List<@NotNull @Pattern(regexp = "[^,\\s]{1,100}", message = "must be a user id") String> userIds,
        Boolean enabled) {

    static final String DAYS = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

    /** The schedule as stored, with when the last report went out. */
    public record View(String dayOfWeek, String localTime, List<String> roles, List<String> userIds, boolean enabled,
                       boolean configured, String lastWeek, Instant lastSentAt, String updatedBy, Instant updatedAt) {
    }
}
