package io.csplatform.healthscore.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A model as an admin sends it: any measure, parameter, the bands or the manual validity left out keeps its default.
 */
public record ModelRequest(Map<String, MeasureRequest> measures, List<BandRequest> bands, Integer manualValidDays) {

    public record MeasureRequest(BigDecimal weight, Map<String, BigDecimal> params) {
    }

    public record BandRequest(String name, BigDecimal min) {
    }
}
