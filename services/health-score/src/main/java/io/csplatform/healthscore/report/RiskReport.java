package io.csplatform.healthscore.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The at-risk customers report of a tenant for the weekly ritual: each open risk with the customer's MRR, current score
 * and its trend over the last 7 days, reason, diagnosis, plan progress and days open; largest MRR first.
 * {@code mrrAtRisk} sums the MRR by currency.
 */
public record RiskReport(String tenantId, LocalDate day, String timeZone, Instant generatedAt, int customers,
                         Map<String, BigDecimal> mrrAtRisk, List<Row> items) {

    /** One customer at risk. {@code scoreTrend} is the score now minus 7 days ago (null when either is unknown). */
    public record Row(UUID riskId, UUID customerId, String customerName, BigDecimal mrr, String currency,
                      BigDecimal score, String band, BigDecimal scoreTrend, String reason, String diagnosis,
                      int actionsTotal, int actionsDone, int actionsOverdue, int progressPercent, LocalDate planEndsOn,
                      long daysOpen, Instant flaggedAt) {
    }
}
