package io.csplatform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size from /proc (Linux); 0 where unavailable. */
final class Rss {

    private Rss() {
    }

    /** RSS of a process plus all its descendants, in kB. */
    static long ofTree(ProcessHandle root) {
        if (!root.isAlive()) {
            return 0;
        }
        return of(root.pid()) + root.descendants().mapToLong(handle -> of(handle.pid())).sum();
    }

    static long of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or no /proc
        }
        return 0;
    }
}
