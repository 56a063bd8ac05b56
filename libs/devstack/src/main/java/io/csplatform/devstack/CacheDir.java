package io.csplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/** The per-user cache (~/.cache/cs-platform, or system property cs.cache) shared by all dev stacks. */
final class CacheDir {

    private CacheDir() {
    }

    static Path root() {
        return Files2.createDirectories(
                Path.of(System.getProperty("cs.cache", System.getProperty("user.home") + "/.cache/cs-platform")));
    }

    /** Runs {@code work} holding an exclusive lock, so concurrent JVMs prepare the cache only once. */
    static synchronized <T> T locked(String name, Supplier<T> work) {
        try (FileChannel channel = FileChannel.open(root().resolve(name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
