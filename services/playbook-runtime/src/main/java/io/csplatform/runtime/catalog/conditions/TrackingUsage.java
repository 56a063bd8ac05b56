package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.DaySeries;
import io.csplatform.runtime.evaluation.Facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading {@link Facts#tracking()} for the tracking conditions: amounts of one period, optionally of one feature
 * (null = every feature), in total, per user or per day, and the customer's users (those tracking knows, plus any
 * seen in the usage of the periods looked at).
 */
final class TrackingUsage {

    /** JSON Schema of an optional {@code feature} filter. */
    static final String FEATURE_SCHEMA = """
            {"type": "string", "minLength": 1}""";

    private TrackingUsage() {
    }

    static BigDecimal total(DaySeries tracking, Context.Period period, String feature) {
        if (feature == null) {
            return tracking.total(period.from(), period.to());
        }
        return tracking.byFeature(period.from(), period.to()).getOrDefault(feature, BigDecimal.ZERO);
    }

    /** Amount per user over the period (only users with usage appear). */
    static Map<String, BigDecimal> byUser(DaySeries tracking, Context.Period period, String feature) {
        if (feature == null) {
            return tracking.byUser(period.from(), period.to());
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        tracking.byItem(period.from(), period.to()).forEach((item, amount) -> {
            if (feature.equals(DaySeries.featureOf(item))) {
                sums.merge(DaySeries.userOf(item), amount, BigDecimal::add);
            }
        });
        return sums;
    }

    /** One amount per day of the period, zero-filled, oldest first. */
    static List<BigDecimal> daily(DaySeries tracking, Context.Period period, String feature) {
        if (feature == null) {
            return tracking.daily(period.from(), period.to());
        }
        List<BigDecimal> series = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            series.add(tracking.byFeature(day, day).getOrDefault(feature, BigDecimal.ZERO));
        }
        return series;
    }

    /** The customer's users: tracking's user list plus every user with usage in the periods. */
    static Set<String> users(Facts facts, Context.Period... periods) {
        Set<String> users = new TreeSet<>();
        facts.users().forEach(user -> users.add(user.userId()));
        for (Context.Period period : periods) {
            users.addAll(facts.tracking().byUser(period.from(), period.to()).keySet());
        }
        return users;
    }

    /** The key users' ids. */
    static Set<String> keyUsers(Facts facts) {
        Set<String> users = new TreeSet<>();
        facts.users().stream().filter(Facts.TrackingUser::keyUser).forEach(user -> users.add(user.userId()));
        return users;
    }
}
