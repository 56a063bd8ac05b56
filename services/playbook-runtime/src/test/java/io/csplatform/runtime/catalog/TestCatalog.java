package io.csplatform.runtime.catalog;

import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.CatalogEntry;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.ScheduledTrigger;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The whole catalog outside CDI, for unit tests: every concrete catalog class compiled under this package. */
public final class TestCatalog {

    private static Catalog catalog;

    private TestCatalog() {
    }

    public static synchronized Catalog get() {
        if (catalog == null) {
            List<CatalogEntry> entries = entries();
            catalog = new Catalog(of(entries, EventTrigger.class), of(entries, ScheduledTrigger.class),
                    of(entries, Condition.class), of(entries, Action.class));
        }
        return catalog;
    }

    private static <T> List<T> of(List<CatalogEntry> entries, Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<CatalogEntry> entries() {
        try {
            Path root = Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = root.resolve("io/csplatform/runtime/catalog");
            List<CatalogEntry> entries = new ArrayList<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name);
                    if (CatalogEntry.class.isAssignableFrom(type) && !type.isInterface()
                            && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                        entries.add((CatalogEntry) type.getDeclaredConstructor().newInstance());
                    }
                }
            }
            return entries;
        } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot list the catalog classes", e);
        }
    }
}
