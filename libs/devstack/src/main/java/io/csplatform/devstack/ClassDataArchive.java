package io.csplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which class-data archive a service's JVM maps at start, and whether this run writes a better one.
 * <ul>
 *   <li>{@value #BUILT}: what Quarkus writes when the start profile packages a service. It holds the classes loaded
 *   during static initialization (about 7,100 of a service's 20,000).</li>
 *   <li>{@value #TRAINED}: what the JVM itself writes when a run that was started with
 *   {@code -XX:ArchiveClassesAtExit} exits: every class that run loaded, runtime initialization included (about
 *   13,500). With it the launcher's ten services need about a fifth less CPU to start (69-71 instead of 84-86 CPU s;
 *   the contracts service alone 5.0 instead of 7.2). A run trains when the trained archive is missing or older than
 *   the service's jar; the JVM writes it on a normal exit (SIGTERM and SIGINT included) into {@value #TRAINING},
 *   renamed to {@value #TRAINED} once the process ended by itself, so an interrupted write is never used.</li>
 * </ul>
 * The JVM checks an archive against the class path it was made for, and ignores a stale or foreign one.
 */
record ClassDataArchive(Optional<String> mapped, boolean training) {

    static final String BUILT = "app-cds.jsa";
    static final String TRAINED = "app-cds-trained.jsa";
    static final String TRAINING = "app-cds-trained.jsa.part";

    /** Exit codes of a JVM that ran its shutdown to the end: normal exit, SIGINT, SIGTERM. */
    static final Set<Integer> NORMAL_EXITS = Set.of(0, 130, 143);

    /** Nothing mapped, nothing written. */
    static final ClassDataArchive NONE = new ClassDataArchive(Optional.empty(), false);

    /** The JDK's own archive, the base a trained archive is written on: a new JDK makes a trained archive stale. */
    static final Path JDK_ARCHIVE = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");

    static ClassDataArchive choose(Path workDir, Path jar, boolean train) {
        return choose(workDir, jar, JDK_ARCHIVE, train);
    }

    /**
     * The archive for a run of {@code jar} in {@code workDir}: the trained one while it is newer than the jar and
     * than {@code jdkArchive}; else, when {@code train}, none (the JVM writes an archive only on top of its own base
     * archive) and this run writes it; else the built one when there is one. A JDK without its own archive
     * ({@code jdkArchive} missing) never trains: its JVM would refuse to start with {@code -XX:ArchiveClassesAtExit}.
     */
    static ClassDataArchive choose(Path workDir, Path jar, Path jdkArchive, boolean train) {
        Path trained = workDir.resolve(TRAINED);
        boolean jdkHasArchive = Files.isRegularFile(jdkArchive);
        if (jdkHasArchive && isNewerThan(trained, jar) && isNewerThan(trained, jdkArchive)) {
            return new ClassDataArchive(Optional.of(TRAINED), false);
        }
        if (train && jdkHasArchive) {
            return new ClassDataArchive(Optional.empty(), true);
        }
        return Files.isRegularFile(workDir.resolve(BUILT)) ? new ClassDataArchive(Optional.of(BUILT), false) : NONE;
    }

    /** The JVM options for this run. */
    List<String> jvmOptions() {
        if (training) {
            // the JVM reports each class it cannot archive (thousands of lines): not for the service's log
            return List.of("-XX:ArchiveClassesAtExit=" + TRAINING, "-Xlog:cds*=off");
        }
        return mapped.map(archive -> List.of("-XX:SharedArchiveFile=" + archive)).orElse(List.of());
    }

    /** Whether the archive names the jar relative to the work directory (the class path must then be given so). */
    boolean usesArchive() {
        return training || mapped.isPresent();
    }

    /**
     * After the run ended: a training run's archive becomes the trained one when the process ended by itself
     * ({@code exitCode} 0; 143 after SIGTERM; 130 after SIGINT, which Ctrl-C in a terminal sends to the services as
     * well as to the launcher); otherwise (killed while writing) what it wrote is dropped.
     */
    void finish(Path workDir, int exitCode) {
        if (!training) {
            return;
        }
        Path written = workDir.resolve(TRAINING);
        try {
            if (NORMAL_EXITS.contains(exitCode) && Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, workDir.resolve(TRAINED), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the class-data archive " + written, e);
        }
    }

    private static boolean isNewerThan(Path file, Path than) {
        try {
            if (!Files.isRegularFile(file) || !Files.isRegularFile(than)) {
                return false;
            }
            FileTime fileTime = Files.getLastModifiedTime(file);
            return fileTime.compareTo(Files.getLastModifiedTime(than)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
