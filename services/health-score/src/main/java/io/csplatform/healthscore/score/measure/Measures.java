package io.csplatform.healthscore.score.measure;

import java.util.List;
import java.util.Optional;

/** Every measure of the health score, in the order explanations list them. */
public final class Measures {

    public static final List<Measure> ALL = List.of(new UsageTrendMeasure(), new SurveysMeasure(), new TicketsMeasure(),
            new OverdueChargesMeasure(), new OverdueTasksMeasure(), new RenewalMeasure());

    private Measures() {
    }

    public static Optional<Measure> byId(String id) {
        return ALL.stream().filter(measure -> measure.id().equals(id)).findFirst();
    }
}
