package io.csplatform.healthscore.model;

import io.csplatform.healthscore.score.measure.Measure;
import io.csplatform.healthscore.score.measure.Measures;
import io.csplatform.rest.Problem;
import io.csplatform.rest.Problem.FieldError;
import io.csplatform.rest.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a model, every broken one named by its field: known measures and parameters, weights 0..100 with at
 * least one above 0, parameters in their ranges, 1 to 10 bands with distinct names, the first from 0 and each from a
 * higher score than the one before, manual changes counting 1 to 365 days.
 */
public final class ModelValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** name: {min, max}; the day counts are whole numbers. */
    private static final Map<String, BigDecimal[]> RANGES = Map.of(
            "recentDays", range(1, 60), "baselineDays", range(1, 60), "windowDays", range(1, 365),
            "comfortDays", range(1, 730), "dropForZero", range(1, 100), "atRenewal", range(0, 100),
            "openTicketPenalty", range(0, 100), "breachPenalty", range(0, 100), "perCharge", range(0, 100),
            "perTask", range(0, 100));

    private ModelValidation() {
    }

    /** Throws a 400 problem naming every broken field; the model otherwise. */
    public static HealthModel check(ModelRequest request) {
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors.get(0).message(), errors));
        }
        return DefaultModel.complete(request);
    }

    public static List<FieldError> errors(ModelRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError("measures", "a model is required"));
            return errors;
        }
        if (request.measures() != null) {
            request.measures().forEach((id, measure) -> measure(errors, id, measure));
        }
        HealthModel model = errors.isEmpty() ? DefaultModel.complete(withoutBands(request)) : null;
        if (model != null && model.measures().values().stream().allMatch(m -> m.weight().signum() == 0)) {
            errors.add(new FieldError("measures", "at least one measure must weigh more than 0"));
        }
        if (request.bands() != null) {
            bands(errors, request.bands());
        }
        Integer days = request.manualValidDays();
        if (days != null && (days < 1 || days > 365)) {
            errors.add(new FieldError("manualValidDays", "must be between 1 and 365"));
        }
        return errors;
    }

    private static void measure(List<FieldError> errors, String id, ModelRequest.MeasureRequest settings) {
        String field = "measures." + id;
        Measure measure = Measures.byId(id).orElse(null);
        if (measure == null) {
            errors.add(new FieldError(field, "unknown measure; one of "
                    + Measures.ALL.stream().map(Measure::id).toList()));
            return;
        }
        if (settings == null) {
            errors.add(new FieldError(field, "must be an object with weight and params"));
            return;
        }
        BigDecimal weight = settings.weight();
        if (weight != null && (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError(field + ".weight", "must be between 0 and 100"));
        }
        if (settings.params() == null) {
            return;
        }
        settings.params().forEach((name, value) -> {
            String paramField = field + ".params." + name;
            if (!measure.defaultParams().containsKey(name)) {
                errors.add(new FieldError(paramField, "unknown parameter of " + id + "; one of "
                        + measure.defaultParams().keySet().stream().sorted().toList()));
                return;
            }
            BigDecimal[] range = RANGES.get(name);
            if (value == null || value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0) {
                errors.add(new FieldError(paramField, "must be between " + range[0] + " and " + range[1]));
            } else if (name.endsWith("Days") && value.stripTrailingZeros().scale() > 0) {
                errors.add(new FieldError(paramField, "must be a whole number of days"));
            }
        });
    }

    private static void bands(List<FieldError> errors, List<ModelRequest.BandRequest> bands) {
        if (bands.isEmpty() || bands.size() > 10) {
            errors.add(new FieldError("bands", "must have 1 to 10 bands"));
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < bands.size(); i++) {
            ModelRequest.BandRequest band = bands.get(i);
            String field = "bands[" + i + "]";
            if (band == null) {
                errors.add(new FieldError(field, "must be an object with name and min"));
                continue;
            }
            if (band.name() == null || band.name().isBlank() || band.name().trim().length() > 40) {
                errors.add(new FieldError(field + ".name", "must be 1 to 40 characters"));
            } else if (!names.add(band.name().trim().toLowerCase())) {
                errors.add(new FieldError(field + ".name", "is the name of another band"));
            }
            BigDecimal min = band.min();
            if (min == null || min.signum() < 0 || min.compareTo(HUNDRED) > 0) {
                errors.add(new FieldError(field + ".min", "must be between 0 and 100"));
            } else if (i == 0 && min.signum() != 0) {
                errors.add(new FieldError(field + ".min", "the first band must start at 0"));
            } else if (previous != null && min.compareTo(previous) <= 0) {
                errors.add(new FieldError(field + ".min", "must be above the min of the band before"));
            }
            previous = min == null ? previous : min;
        }
    }

    private static ModelRequest withoutBands(ModelRequest request) {
        return new ModelRequest(request.measures(), null, null);
    }

    private static BigDecimal[] range(int min, int max) {
        return new BigDecimal[] {BigDecimal.valueOf(min), BigDecimal.valueOf(max)};
    }
}
