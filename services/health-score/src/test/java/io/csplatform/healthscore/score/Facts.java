package io.csplatform.healthscore.score;

import io.csplatform.healthscore.score.CustomerFacts.Adjustment;
import io.csplatform.healthscore.score.CustomerFacts.OverdueCharge;
import io.csplatform.healthscore.score.CustomerFacts.OverdueTask;
import io.csplatform.healthscore.score.CustomerFacts.RunningContract;
import io.csplatform.healthscore.score.CustomerFacts.SurveyAnswer;
import io.csplatform.healthscore.score.CustomerFacts.UsageDay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds a customer's facts for unit tests, day 2030-06-15. */
public final class Facts {

    public static final LocalDate TODAY = LocalDate.parse("2030-06-15");
    public static final Instant NOW = Instant.parse("2030-06-15T15:00:00Z");

    final List<UsageDay> usage = new ArrayList<>();
    final List<SurveyAnswer> answers = new ArrayList<>();
    int openTickets;
    final List<Instant> breaches = new ArrayList<>();
    final List<OverdueCharge> charges = new ArrayList<>();
    final List<OverdueTask> tasks = new ArrayList<>();
    final List<RunningContract> contracts = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();

    public static Facts customer() {
        return new Facts();
    }

    /** {@code total} a day over {@code from..to} days ago (1 = yesterday). */
    public Facts usage(int fromDaysAgo, int toDaysAgo, long total) {
        for (int ago = fromDaysAgo; ago >= toDaysAgo; ago--) {
            usage.add(new UsageDay(TODAY.minusDays(ago), total, 3));
        }
        return this;
    }

    public Facts nps(int... scores) {
        for (int score : scores) {
            answers.add(new SurveyAnswer("NPS", score, NOW.minusSeconds(86_400)));
        }
        return this;
    }

    public Facts csat(int... scores) {
        for (int score : scores) {
            answers.add(new SurveyAnswer("CSAT", score, NOW.minusSeconds(86_400)));
        }
        return this;
    }

    public Facts openTickets(int count) {
        openTickets = count;
        return this;
    }

    public Facts breachDaysAgo(int days) {
        breaches.add(NOW.minusSeconds(86_400L * days));
        return this;
    }

    public Facts overdueCharge(String amount, String currency) {
        charges.add(new OverdueCharge(UUID.randomUUID(), new BigDecimal(amount), currency, TODAY.minusDays(10)));
        return this;
    }

    public Facts overdueTask() {
        tasks.add(new OverdueTask(UUID.randomUUID(), TODAY.minusDays(3)));
        return this;
    }

    public Facts contractEndingIn(int days) {
        contracts.add(new RunningContract(UUID.randomUUID(), TODAY.plusDays(days)));
        return this;
    }

    public Facts value(String value, int daysAgo) {
        adjustments.add(new Adjustment(UUID.randomUUID(), new BigDecimal(value), null, "set", "ana",
                NOW.minusSeconds(86_400L * daysAgo)));
        return this;
    }

    public Facts delta(String delta, int daysAgo) {
        adjustments.add(new Adjustment(UUID.randomUUID(), null, new BigDecimal(delta), "moved", "ana",
                NOW.minusSeconds(86_400L * daysAgo)));
        return this;
    }

    public CustomerFacts build() {
        return new CustomerFacts(TODAY, NOW, usage, answers, openTickets, breaches, charges, tasks, contracts, adjustments);
    }
}
