package io.csplatform.healthscore.score.measure;

import io.csplatform.healthscore.score.CustomerFacts;
import io.csplatform.healthscore.score.CustomerFacts.OverdueTask;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code overdueTasks}: 100 minus {@code perTask} per open journey task past its due date, never below 0. None: 100. */
public class OverdueTasksMeasure implements Measure {

    @Override
    public String id() {
        return "overdueTasks";
    }

    @Override
    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(5);
    }

    @Override
    public Map<String, BigDecimal> defaultParams() {
        return Map.of("perTask", BigDecimal.valueOf(20));
    }

    @Override
    public Result evaluate(CustomerFacts facts, Map<String, BigDecimal> params) {
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("overdueTasks", facts.overdueTasks().size());
        used.put("oldestDueDate", facts.overdueTasks().stream().map(OverdueTask::dueDate).min(Comparable::compareTo)
                .map(Object::toString).orElse(null));
        return new Result(Points.minusPerItem(facts.overdueTasks().size(), params.get("perTask")), used);
    }
}
