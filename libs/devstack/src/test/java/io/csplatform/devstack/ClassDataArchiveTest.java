package io.csplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    private Path file(String name, Instant modified) throws IOException {
        Path file = Files.write(dir.resolve(name), new byte[] {1});
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** A JDK archive older than everything else here. */
    private Path jdk() throws IOException {
        Path archive = dir.resolve("jdk-classes.jsa");
        return Files.exists(archive) ? archive : file("jdk-classes.jsa", Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aTrainedArchiveNewerThanTheJarIsMapped() throws IOException {
        Path jar = file("quarkus-run.jar", Instant.parse("2026-12-01T10:00:00Z"));
        file(ClassDataArchive.BUILT, Instant.parse("2026-12-01T10:00:05Z"));
        file(ClassDataArchive.TRAINED, Instant.parse("2026-12-01T11:00:00Z"));

        ClassDataArchive choice = ClassDataArchive.choose(dir, jar, jdk(), true);

        assertThat(choice).isEqualTo(new ClassDataArchive(Optional.of(ClassDataArchive.TRAINED), false));
        assertThat(choice.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + ClassDataArchive.TRAINED);
    }

    @Test
    void aJarPackagedAfterTheTrainingTrainsAgain() throws IOException {
        file(ClassDataArchive.TRAINED, Instant.parse("2026-12-01T11:00:00Z"));
        Path jar = file("quarkus-run.jar", Instant.parse("2026-12-01T12:00:00Z"));
        file(ClassDataArchive.BUILT, Instant.parse("2026-12-01T12:00:05Z"));

        ClassDataArchive training = ClassDataArchive.choose(dir, jar, jdk(), true);
        ClassDataArchive notTraining = ClassDataArchive.choose(dir, jar, jdk(), false);

        assertThat(training.training()).isTrue();
        assertThat(training.mapped()).isEmpty();
        assertThat(training.jvmOptions()).contains("-XX:ArchiveClassesAtExit=" + ClassDataArchive.TRAINING);
        assertThat(notTraining).isEqualTo(new ClassDataArchive(Optional.of(ClassDataArchive.BUILT), false));
    }

    @Test
    void aNewJdkTrainsAgain() throws IOException {
        Path jar = file("quarkus-run.jar", Instant.parse("2026-12-01T10:00:00Z"));
        file(ClassDataArchive.TRAINED, Instant.parse("2026-12-01T11:00:00Z"));
        Path jdkArchive = file("classes.jsa", Instant.parse("2026-12-02T09:00:00Z"));

        assertThat(ClassDataArchive.choose(dir, jar, jdkArchive, true).training()).isTrue();
        Files.setLastModifiedTime(jdkArchive, FileTime.from(Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(ClassDataArchive.choose(dir, jar, jdkArchive, true).mapped()).contains(ClassDataArchive.TRAINED);
    }

    @Test
    void aJdkWithoutItsOwnArchiveNeverTrains() throws IOException {
        Path jar = file("quarkus-run.jar", Instant.parse("2026-12-01T10:00:00Z"));
        file(ClassDataArchive.BUILT, Instant.parse("2026-12-01T10:00:05Z"));

        ClassDataArchive choice = ClassDataArchive.choose(dir, jar, dir.resolve("no-such.jsa"), true);

        assertThat(choice).isEqualTo(new ClassDataArchive(Optional.of(ClassDataArchive.BUILT), false));
    }

    @Test
    void withoutAnyArchiveNothingIsMappedAndTheJarIsNamedAbsolutely() throws IOException {
        Path jar = file("quarkus-run.jar", Instant.parse("2026-12-01T10:00:00Z"));

        ClassDataArchive choice = ClassDataArchive.choose(dir, jar, jdk(), false);

        assertThat(choice).isEqualTo(ClassDataArchive.NONE);
        assertThat(choice.usesArchive()).isFalse();
        assertThat(choice.jvmOptions()).isEmpty();
    }

    @Test
    void aTrainingRunKeepsItsArchiveOnlyWhenItEndedByItself() throws IOException {
        Path jar = file("quarkus-run.jar", Instant.parse("2026-12-01T10:00:00Z"));
        ClassDataArchive training = ClassDataArchive.choose(dir, jar, jdk(), true);

        file(ClassDataArchive.TRAINING, Instant.now());
        training.finish(dir, 137); // killed while writing: the part written is dropped
        assertThat(dir.resolve(ClassDataArchive.TRAINING)).doesNotExist();
        assertThat(dir.resolve(ClassDataArchive.TRAINED)).doesNotExist();

        file(ClassDataArchive.TRAINING, Instant.now());
        training.finish(dir, 143); // SIGTERM, shut down normally: the JVM wrote it whole
        assertThat(dir.resolve(ClassDataArchive.TRAINING)).doesNotExist();
        assertThat(dir.resolve(ClassDataArchive.TRAINED)).exists();
        assertThat(ClassDataArchive.choose(dir, jar, jdk(), true).mapped()).contains(ClassDataArchive.TRAINED);

        file(ClassDataArchive.TRAINING, Instant.now());
        training.finish(dir, 130); // Ctrl-C in the terminal reaches the services too: SIGINT, a normal shutdown
        assertThat(dir.resolve(ClassDataArchive.TRAINING)).doesNotExist();
    }
}
