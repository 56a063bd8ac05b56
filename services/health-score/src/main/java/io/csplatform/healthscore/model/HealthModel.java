package io.csplatform.healthscore.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A tenant's health model: each measure's weight and parameters, the bands (each from its {@code min} score up to the
 * next band's), and how many days a manual change counts.
 */
public record HealthModel(Map<String, MeasureSettings> measures, List<Band> bands, int manualValidDays) {

    /** A measure's weight (0 leaves it out) and parameters (see each measure's defaults). */
    public record MeasureSettings(BigDecimal weight, Map<String, BigDecimal> params) {

        public BigDecimal param(String name) {
            return params.get(name);
        }
    }

    /** A band: scores from {@code min} (inclusive) up to the next band's min. */
    public record Band(String name, BigDecimal min) {
    }

    /** The band of {@code score}: the one with the highest min not above it. */
    public String bandOf(BigDecimal score) {
        return bands.stream().filter(band -> band.min().compareTo(score) <= 0)
                .max(Comparator.comparing(Band::min)).map(Band::name)
                .orElse(bands.get(0).name());
    }
}
