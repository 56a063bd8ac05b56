package io.csplatform.runtime.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Counters in day buckets (the tenant's days): day -> item -> amount. Periods are inclusive day ranges; a day with
 * no bucket counts as zero.
 */
public record DaySeries(NavigableMap<LocalDate, Map<String, BigDecimal>> days) {

    public static final DaySeries EMPTY = new DaySeries(new TreeMap<>());
    private static final String SEPARATOR = "|";

    /** The item key of a tracking bucket: the user and the feature (event name). */
    public static String trackingItem(String userId, String feature) {
        return userId + SEPARATOR + feature;
    }

    public static String userOf(String trackingItem) {
        return trackingItem.substring(0, trackingItem.indexOf(SEPARATOR));
    }

    public static String featureOf(String trackingItem) {
        return trackingItem.substring(trackingItem.indexOf(SEPARATOR) + 1);
    }

    /** Sum of every amount from {@code from} to {@code to}, both included. */
    public BigDecimal total(LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, BigDecimal> day : range(from, to).values()) {
            for (BigDecimal amount : day.values()) {
                sum = sum.add(amount);
            }
        }
        return sum;
    }

    /** Number of (day, item) buckets with a non-zero amount in the period: tickets or sales counted once each. */
    public long count(LocalDate from, LocalDate to) {
        return range(from, to).values().stream()
                .mapToLong(day -> day.values().stream().filter(a -> a.signum() != 0).count()).sum();
    }

    /** Sum per item over the period. */
    public Map<String, BigDecimal> byItem(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> sums = new HashMap<>();
        range(from, to).values().forEach(day -> day.forEach((item, amount) -> sums.merge(item, amount, BigDecimal::add)));
        return sums;
    }

    /** Tracking: sum per user over the period. */
    public Map<String, BigDecimal> byUser(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> sums = new HashMap<>();
        byItem(from, to).forEach((item, amount) -> sums.merge(userOf(item), amount, BigDecimal::add));
        return sums;
    }

    /** Tracking: sum per feature over the period. */
    public Map<String, BigDecimal> byFeature(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> sums = new HashMap<>();
        byItem(from, to).forEach((item, amount) -> sums.merge(featureOf(item), amount, BigDecimal::add));
        return sums;
    }

    /** One total per day of the period, zero-filled, oldest first. */
    public List<BigDecimal> daily(LocalDate from, LocalDate to) {
        List<BigDecimal> series = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            series.add(total(day, day));
        }
        return series;
    }

    private NavigableMap<LocalDate, Map<String, BigDecimal>> range(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? new TreeMap<>() : days.subMap(from, true, to, true);
    }
}
