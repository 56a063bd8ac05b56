package io.csplatform.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitGroupsPolicyTest {

    @Test
    void aGroupLargerThanOneStatementCanBindIsRefusedAtStartNamingTheLimit() {
        assertThat(new CommitGroups.Policy(3, CommitGroups.MAX_GROUP, 2_000, 3, Duration.ofSeconds(1)).maxGroup())
                .isEqualTo(10_000);
        assertThatThrownBy(() -> new CommitGroups.Policy(3, CommitGroups.MAX_GROUP + 1, 2_000, 3, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxGroup must be at most 10000, not 10001");
        assertThatThrownBy(() -> new CommitGroups.Policy(0, 200, 2_000, 3, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
