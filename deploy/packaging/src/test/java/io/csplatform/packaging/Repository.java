package io.csplatform.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository these checks read: its root ({@code cs.home}), the services of services/pom.xml, the root pom. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("cs.home", "../..")).toAbsolutePath().normalize();

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service modules of services/pom.xml, in its order: a new service is checked as soon as it is a module. */
    static List<String> serviceNames() {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read("services/pom.xml"));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1).trim());
        }
        return names;
    }

    /** A property of the root pom, e.g. kafka.version. */
    static String rootPomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(read("pom.xml"));
        if (!m.find()) {
            throw new IllegalStateException("no <" + name + "> in the root pom.xml");
        }
        return m.group(1).trim();
    }

    static String projectVersion() {
        Matcher m = Pattern.compile("<artifactId>cs-platform-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read("pom.xml"));
        if (!m.find()) {
            throw new IllegalStateException("no version in the root pom.xml");
        }
        return m.group(1).trim();
    }
}
