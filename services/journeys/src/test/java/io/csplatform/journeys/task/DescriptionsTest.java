package io.csplatform.journeys.task;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionsTest {

    @Test
    void findsAVariableByPrefixOnlyInsideBraces() {
        assertThat(Descriptions.uses("Renovação em {contract.endDate} para {customer.name}", "contract.")).isTrue();
        assertThat(Descriptions.uses("Ligar para {customer.name} sobre o contract.endDate", "contract.")).isFalse();
        assertThat(Descriptions.uses(null, "contract.")).isFalse();
    }

    @Test
    void rendersKnownVariablesAndKeepsUnknownOnes() {
        assertThat(Descriptions.render("{customer.name} até {contract.endDate} {x}",
                Map.of("customer.name", "Acme", "contract.endDate", "2027-01-31")))
                .isEqualTo("Acme até 2027-01-31 {x}");
    }
}
