package io.csplatform.healthscore.risk;

import java.util.List;

/** The words of a risk: churn reasons (seed 004), diagnoses (seed 002) and outcomes. */
public final class Taxonomy {

    /** Product value perception, support, lack of use, delinquency, top-down decision, experience, product not evolving. */
    public static final List<String> REASONS = List.of("product-value", "support", "lack-of-use", "delinquency",
            "top-down", "experience", "product-not-evolving");
    public static final List<String> DIAGNOSES = List.of("technical", "strategic", "relational");
    public static final List<String> OUTCOMES = List.of("retained", "churned");

    public static final String REASON_PATTERN = "product-value|support|lack-of-use|delinquency|top-down|experience|product-not-evolving";
    public static final String DIAGNOSIS_PATTERN = "technical|strategic|relational";
    public static final String OUTCOME_PATTERN = "retained|churned";

    private Taxonomy() {
    }
}
