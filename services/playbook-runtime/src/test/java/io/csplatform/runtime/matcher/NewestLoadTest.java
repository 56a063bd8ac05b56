package io.csplatform.runtime.matcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The playbook index's reload rule: overlapping loads, the newest state wins whatever order they finish in. */
class NewestLoadTest {

    @Test
    void aSlowLoadOfAnOlderStateFinishingLastDoesNotReplaceTheNewerOne() {
        NewestLoad<String> index = new NewestLoad<>();
        long older = index.begin();          // an event starts a load: the playbook is not active yet
        index.changed();                     // the playbook is activated
        long newer = index.begin();          // the next event starts a load that sees it
        assertThat(index.install(newer, "with the playbook")).isTrue();
        assertThat(index.install(older, "without the playbook")).isFalse();
        assertThat(index.fresh()).isEqualTo("with the playbook");
    }

    @Test
    void loadsFinishingInTheOrderTheyBeganInstallEachInTurn() {
        NewestLoad<String> index = new NewestLoad<>();
        long first = index.begin();
        index.changed();
        long second = index.begin();
        assertThat(index.install(first, "first")).isTrue();
        assertThat(index.fresh()).as("installed, but a change happened after its load began").isNull();
        assertThat(index.install(second, "second")).isTrue();
        assertThat(index.fresh()).isEqualTo("second");
    }

    @Test
    void aChangeMakesTheInstalledValueStaleUntilALoadBegunAfterItInstalls() {
        NewestLoad<String> index = new NewestLoad<>();
        assertThat(index.fresh()).as("nothing loaded yet").isNull();
        assertThat(index.install(index.begin(), "v1")).isTrue();
        assertThat(index.fresh()).isEqualTo("v1");
        long before = index.begin();
        index.changed();
        assertThat(index.fresh()).isNull();
        index.install(before, "read before the change");
        assertThat(index.fresh()).as("a load begun before the change does not make the index fresh").isNull();
        index.install(index.begin(), "v2");
        assertThat(index.fresh()).isEqualTo("v2");
    }
}
