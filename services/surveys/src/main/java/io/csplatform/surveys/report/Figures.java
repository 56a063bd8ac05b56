package io.csplatform.surveys.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/** The figures the reports answer; percentages have two decimals and are null when there is nothing to divide by. */
public final class Figures {

    private Figures() {
    }

    /**
     * NPS over each respondent's latest answer in the period (as the playbook condition {@code nps.customer-score}
     * counts): promoters 9-10, passives 7-8, detractors 0-6, {@code nps} = % promoters - % detractors. {@code answers}
     * counts every answer; {@code responseRate} = invitations sent in the period that were answered, in %.
     */
    public record Nps(UUID customerId, LocalDate from, LocalDate to, String timeZone, long answers, long respondents,
                      long promoters, long passives, long detractors, BigDecimal nps, long invitations,
                      long answeredInvitations, BigDecimal responseRate) {
    }

    /** CSAT over every answer in the period: average score (1-5), satisfied = 4-5 and their share, response rate. */
    public record Csat(UUID customerId, LocalDate from, LocalDate to, String timeZone, long answers,
                       BigDecimal average, long satisfied, BigDecimal satisfactionRate, long invitations,
                       long answeredInvitations, BigDecimal responseRate) {
    }

    /** {@code part} of {@code whole} in %, two decimals; null when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    static Nps nps(UUID customerId, Period period, long answers, long promoters, long passives, long detractors,
                   long invitations, long answered) {
        long respondents = promoters + passives + detractors;
        return new Nps(customerId, period.from(), period.to(), period.zone().getId(), answers, respondents, promoters,
                passives, detractors, percent(promoters - detractors, respondents), invitations, answered,
                percent(answered, invitations));
    }
}
