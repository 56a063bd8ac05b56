package io.csplatform.runtime.playbook;

import io.csplatform.rest.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelayedStepsPolicyTest {

    @Test
    void keepIsTheDefaultAndTheValuesAreReadInAnyCase() {
        assertThat(DelayedStepsPolicy.parse(null)).isEqualTo(DelayedStepsPolicy.KEEP);
        assertThat(DelayedStepsPolicy.parse(" ")).isEqualTo(DelayedStepsPolicy.KEEP);
        assertThat(DelayedStepsPolicy.parse("keep")).isEqualTo(DelayedStepsPolicy.KEEP);
        assertThat(DelayedStepsPolicy.parse("Cancel")).isEqualTo(DelayedStepsPolicy.CANCEL);
        assertThat(DelayedStepsPolicy.CANCEL.value()).isEqualTo("cancel");
    }

    @Test
    void anyOtherValueIsAProblemNamingTheField() {
        assertThatThrownBy(() -> DelayedStepsPolicy.parse("later")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("delayedSteps"));
        });
    }
}
