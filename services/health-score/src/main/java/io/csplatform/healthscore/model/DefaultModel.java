package io.csplatform.healthscore.model;

import io.csplatform.healthscore.model.HealthModel.Band;
import io.csplatform.healthscore.model.HealthModel.MeasureSettings;
import io.csplatform.healthscore.score.measure.Measure;
import io.csplatform.healthscore.score.measure.Measures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model of a tenant that never set one: every measure with its default weight and parameters; bands red (0),
 * yellow (40), green (70); manual changes count 30 days.
 */
public final class DefaultModel {

    public static final HealthModel MODEL = build();

    private DefaultModel() {
    }

    private static HealthModel build() {
        Map<String, MeasureSettings> measures = new LinkedHashMap<>();
        for (Measure measure : Measures.ALL) {
            measures.put(measure.id(), new MeasureSettings(measure.defaultWeight(), new TreeMap<>(measure.defaultParams())));
        }
        return new HealthModel(measures, List.of(new Band("red", BigDecimal.ZERO), new Band("yellow", BigDecimal.valueOf(40)),
                new Band("green", BigDecimal.valueOf(70))), 30);
    }

    /** A model as sent by an admin (checked), completed with the defaults for what it leaves out. */
    public static HealthModel complete(ModelRequest sent) {
        Map<String, MeasureSettings> measures = new LinkedHashMap<>();
        for (Measure measure : Measures.ALL) {
            ModelRequest.MeasureRequest given = sent.measures() == null ? null : sent.measures().get(measure.id());
            Map<String, BigDecimal> params = new TreeMap<>(measure.defaultParams());
            if (given != null && given.params() != null) {
                params.putAll(given.params());
            }
            measures.put(measure.id(), new MeasureSettings(given == null || given.weight() == null
                    ? measure.defaultWeight() : given.weight(), params));
        }
        List<Band> bands = sent.bands() == null ? MODEL.bands()
                : sent.bands().stream().map(band -> new Band(band.name().trim(), band.min())).toList();
        return new HealthModel(measures, bands,
                sent.manualValidDays() == null ? MODEL.manualValidDays() : sent.manualValidDays());
    }
}
