package io.csplatform.tickets.status;

import java.util.List;

/** A tenant's ticket statuses in order; each is open or closed. New tickets start in the first open one. */
public record StatusList(List<Status> items) {

    /** The list of a tenant that has not edited its own. */
    public static final StatusList DEFAULT = new StatusList(List.of(new Status("open", false), new Status("pending", false),
            new Status("solved", true), new Status("closed", true)));

    public record Status(String name, boolean closed) {
    }

    public boolean has(String name) {
        return items.stream().anyMatch(status -> status.name().equals(name));
    }

    /** Whether {@code name} (one of the list) has closed semantics. */
    public boolean isClosed(String name) {
        return items.stream().filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + name)).closed();
    }

    public String initial() {
        return items.stream().filter(status -> !status.closed()).findFirst().orElseThrow().name();
    }

    public List<String> names() {
        return items.stream().map(Status::name).toList();
    }
}
