package io.csplatform.outbox;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * Test and demo facility in every service: reads and moves the service's clock ({@link PlatformTime}), so scenarios of
 * days and months run in seconds. 404 unless {@code cs.clock.adjustable=true}. Process-wide, not per tenant: moving it
 * moves "now" for every tenant of this service instance (the e2e platform moves every service at once). Role
 * {@code cs-admin}. Hidden from the OpenAPI documents: it is not part of the product's API.
 */
@Path("/api/v1/admin/clock")
@RolesAllowed(Roles.CS_ADMIN)
public class ClockResource {

    /** {@code offset} from the real time (ISO-8601 duration), {@code now} as the service sees it. */
    public record ClockView(Instant now, String offset, boolean adjustable) {
    }

    /** Exactly one of: {@code offset}, an ISO-8601 duration ({@code P30D}, {@code -PT2H}); {@code at}, an instant. */
    public record ClockChange(String offset, String at) {
    }

    private final PlatformTime time;
    private final Clock clock;

    public ClockResource(PlatformTime time, Clock clock) {
        this.time = time;
        this.clock = clock;
    }

    @GET
    @Operation(hidden = true)
    public ClockView get() {
        enabled();
        return view();
    }

    @PUT
    @Operation(hidden = true)
    public ClockView put(ClockChange change) {
        enabled();
        boolean hasOffset = change != null && change.offset() != null && !change.offset().isBlank();
        boolean hasAt = change != null && change.at() != null && !change.at().isBlank();
        if (hasOffset == hasAt) {
            throw ProblemException.invalidField(hasOffset ? "at" : "offset", "give exactly one of offset or at");
        }
        if (hasOffset) {
            time.shift(duration(change.offset()));
        } else {
            time.moveTo(instant(change.at()));
        }
        return view();
    }

    private void enabled() {
        if (!time.adjustable()) {
            throw ProblemException.notFound("clock");
        }
    }

    private ClockView view() {
        return new ClockView(clock.instant(), time.offset().toString(), time.adjustable());
    }

    static Duration duration(String text) {
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("offset", "must be an ISO-8601 duration such as P30D or -PT2H");
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("at", "must be an ISO-8601 instant such as 2027-01-15T09:00:00Z");
        }
    }
}
