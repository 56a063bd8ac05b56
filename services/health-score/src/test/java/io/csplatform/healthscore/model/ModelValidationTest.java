package io.csplatform.healthscore.model;

import io.csplatform.healthscore.model.ModelRequest.BandRequest;
import io.csplatform.healthscore.model.ModelRequest.MeasureRequest;
import io.csplatform.rest.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ModelValidationTest {

    @Test
    void anEmptyRequestIsTheDefaultModel() {
        assertThat(ModelValidation.check(new ModelRequest(null, null, null))).isEqualTo(DefaultModel.MODEL);
    }

    @Test
    void leftOutParametersKeepTheirDefaults() {
        HealthModel model = ModelValidation.check(new ModelRequest(Map.of("usage",
                new MeasureRequest(null, Map.of("dropForZero", BigDecimal.valueOf(30)))), null, 10));
        assertThat(model.measures().get("usage").params()).containsEntry("dropForZero", BigDecimal.valueOf(30))
                .containsEntry("recentDays", BigDecimal.valueOf(7));
        assertThat(model.measures().get("usage").weight()).isEqualByComparingTo("35");
        assertThat(model.manualValidDays()).isEqualTo(10);
    }

    @Test
    void everyBrokenRuleNamesItsField() {
        List<FieldError> errors = ModelValidation.errors(new ModelRequest(Map.of(
                "usage", new MeasureRequest(BigDecimal.valueOf(120), Map.of("recentDays", new BigDecimal("2.5"),
                        "speed", BigDecimal.ONE)),
                "mood", new MeasureRequest(BigDecimal.ONE, null)),
                List.of(new BandRequest("red", BigDecimal.TEN), new BandRequest("RED", BigDecimal.valueOf(50)),
                        new BandRequest("green", BigDecimal.valueOf(40))), 0));
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "measures.usage.weight", "measures.usage.params.recentDays", "measures.usage.params.speed",
                "measures.mood", "bands[0].min", "bands[1].name", "bands[2].min", "manualValidDays");
    }

    @Test
    void atLeastOneMeasureMustWeigh() {
        var zero = new MeasureRequest(BigDecimal.ZERO, null);
        List<FieldError> errors = ModelValidation.errors(new ModelRequest(Map.of("usage", zero, "surveys", zero,
                "tickets", zero, "overdueCharges", zero, "overdueTasks", zero, "renewal", zero), null, null));
        assertThat(errors).extracting(FieldError::field).containsExactly("measures");
    }
}
