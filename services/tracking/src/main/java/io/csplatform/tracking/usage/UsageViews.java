package io.csplatform.tracking.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the usage queries answer. */
public final class UsageViews {

    private UsageViews() {
    }

    /** A customer's usage per day (only days with usage), optionally of one user and/or feature. */
    public record Series(UUID customerId, String timeZone, LocalDate from, LocalDate to, String userId, String feature,
                         long total, List<DayCount> items) {
    }

    public record DayCount(LocalDate day, long count) {
    }

    /** A customer's totals in a period: events counted, distinct users, distinct features, active days. */
    public record Totals(UUID customerId, String timeZone, LocalDate from, LocalDate to, long total, long users,
                         long features, long activeDays) {
    }

    /** A feature's use by a customer in a period. */
    public record FeatureUse(String feature, long count, long users, LocalDate lastDay) {
    }

    /** A user of the customer's product. */
    public record UserView(String userId, String name, String email, boolean keyUser, Instant firstSeenAt,
                           Instant lastSeenAt, Instant lastLoginAt) {
    }

    /** A feature of the tenant's catalog. */
    public record Feature(String name, String displayName, String description, Instant firstSeenAt) {
    }
}
