package io.csplatform.healthscore.score.measure;

import io.csplatform.healthscore.score.CustomerFacts;
import io.csplatform.healthscore.score.CustomerFacts.SurveyAnswer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code surveys}: NPS and CSAT answers of the last {@code windowDays}. The NPS (-100..100, promoters 9-10 minus
 * detractors 0-6) maps to 0..100; the CSAT average (1..5) maps to 0..100; with both, their mean. No answer: no data.
 */
public class SurveysMeasure implements Measure {

    @Override
    public String id() {
        return "surveys";
    }

    @Override
    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(15);
    }

    @Override
    public Map<String, BigDecimal> defaultParams() {
        return Map.of("windowDays", BigDecimal.valueOf(180));
    }

    @Override
    public Result evaluate(CustomerFacts facts, Map<String, BigDecimal> params) {
        Instant from = facts.now().minus(Duration.ofDays(params.get("windowDays").longValue()));
        List<SurveyAnswer> recent = facts.answers().stream().filter(a -> !a.answeredAt().isBefore(from)).toList();
        List<Integer> nps = recent.stream().filter(a -> "NPS".equals(a.kind())).map(SurveyAnswer::score).toList();
        List<Integer> csat = recent.stream().filter(a -> "CSAT".equals(a.kind())).map(SurveyAnswer::score).toList();
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("npsAnswers", nps.size());
        used.put("csatAnswers", csat.size());
        BigDecimal npsValue = null;
        BigDecimal csatValue = null;
        if (!nps.isEmpty()) {
            long promoters = nps.stream().filter(s -> s >= 9).count();
            long detractors = nps.stream().filter(s -> s <= 6).count();
            BigDecimal score = BigDecimal.valueOf((promoters - detractors) * 100)
                    .divide(BigDecimal.valueOf(nps.size()), 2, RoundingMode.HALF_UP);
            used.put("nps", score);
            npsValue = score.add(Points.HUNDRED).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        }
        if (!csat.isEmpty()) {
            BigDecimal average = BigDecimal.valueOf(csat.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(csat.size()), 2, RoundingMode.HALF_UP);
            used.put("csatAverage", average);
            csatValue = Points.clamp(average.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(25)));
        }
        if (npsValue == null && csatValue == null) {
            return Result.noData(used);
        }
        if (npsValue == null || csatValue == null) {
            return new Result(Points.clamp(npsValue == null ? csatValue : npsValue), used);
        }
        return new Result(Points.clamp(npsValue.add(csatValue).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)),
                used);
    }
}
