package io.csplatform.healthscore.score.measure;

import io.csplatform.healthscore.score.CustomerFacts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code tickets}: 100 minus {@code openTicketPenalty} per open ticket and {@code breachPenalty} per SLA breach of the
 * last {@code windowDays}, never below 0. No tickets: 100.
 */
public class TicketsMeasure implements Measure {

    @Override
    public String id() {
        return "tickets";
    }

    @Override
    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(10);
    }

    @Override
    public Map<String, BigDecimal> defaultParams() {
        return Map.of("openTicketPenalty", BigDecimal.valueOf(5), "breachPenalty", BigDecimal.valueOf(15),
                "windowDays", BigDecimal.valueOf(30));
    }

    @Override
    public Result evaluate(CustomerFacts facts, Map<String, BigDecimal> params) {
        Instant from = facts.now().minus(Duration.ofDays(params.get("windowDays").longValue()));
        int breaches = (int) facts.slaBreaches().stream().filter(at -> !at.isBefore(from)).count();
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("openTickets", facts.openTickets());
        used.put("slaBreaches", breaches);
        BigDecimal penalty = params.get("openTicketPenalty").multiply(BigDecimal.valueOf(facts.openTickets()))
                .add(params.get("breachPenalty").multiply(BigDecimal.valueOf(breaches)));
        return new Result(Points.clamp(Points.HUNDRED.subtract(penalty)), used);
    }
}
