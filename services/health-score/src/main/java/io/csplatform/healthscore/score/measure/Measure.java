package io.csplatform.healthscore.score.measure;

import io.csplatform.healthscore.score.CustomerFacts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One measure of the health score: a value from 0 (worst) to 100 (best) computed from the customer's facts, with the
 * facts it used. Pure: no I/O, no clock (the day is in the facts).
 */
public interface Measure {

    /** The measure's id in the model ({@code usage}, {@code surveys}, ...). */
    String id();

    /** The default weight in a new tenant's model. */
    BigDecimal defaultWeight();

    /** The parameters the measure reads, with their defaults; a model may set these and no others. */
    Map<String, BigDecimal> defaultParams();

    /** The value and the facts used; a null value means "no data": the measure is left out and the others weigh more. */
    Result evaluate(CustomerFacts facts, Map<String, BigDecimal> params);

    record Result(BigDecimal value, Map<String, Object> facts) {

        public static Result noData(Map<String, Object> facts) {
            return new Result(null, facts);
        }
    }
}
