package io.csplatform.healthscore.manual;

import io.csplatform.rest.Problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A manual change of a score: to {@code value} (0..100) or by {@code delta} (-100..100), exactly one, with a reason. */
public record ManualChange(BigDecimal value, BigDecimal delta, String reason) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What is wrong with it, field by field; empty when it can apply. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if ((value == null) == (delta == null)) {
            errors.add(new FieldError(value == null ? "value" : "delta", "give exactly one of value and delta"));
        } else if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError("value", "must be between 0 and 100"));
        } else if (delta != null && (delta.abs().compareTo(HUNDRED) > 0 || delta.signum() == 0)) {
            errors.add(new FieldError("delta", "must be between -100 and 100, not 0"));
        }
        if (value != null && value.stripTrailingZeros().scale() > 2 || delta != null && delta.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(value != null ? "value" : "delta", "at most two decimals"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "a manual change needs a reason"));
        } else if (reason.length() > 1000) {
            errors.add(new FieldError("reason", "at most 1000 characters"));
        }
        return errors;
    }
}
