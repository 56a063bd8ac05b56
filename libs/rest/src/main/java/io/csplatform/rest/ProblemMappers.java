package io.csplatform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.csplatform.events.JsonPaths;
import io.csplatform.events.NulFreeStrings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** The one mapping of errors to problem+json: what a client caused is a 4xx naming the field, never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.invalid("The request has " + errors.size() + " invalid field(s)", errors));
    }

    @ServerExceptionMapper
    public Response violations(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e) {
        return violations((ConstraintViolationException) e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = JsonPaths.of(e);
        String message = NulFreeStrings.MESSAGE.equals(e.getOriginalMessage()) ? NulFreeStrings.MESSAGE
                : "cannot read a " + e.getTargetType().getSimpleName() + " here";
        return respond(Problem.invalid("Field '" + field + "' has the wrong type or format",
                List.of(new Problem.FieldError(field, message))));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping) : "";
        return respond(new Problem("https://csplatform.io/problems/malformed-json", "Malformed JSON", 400,
                e.getOriginalMessage(), field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, e.getOriginalMessage()))));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getResponse().getEntity() instanceof Problem problem) {
            return respond(problem);  // already a problem (e.g. a query parameter that does not parse)
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);  // the body reader's "Bad Request" over a JSON parse error
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), slug(status), status.getReasonPhrase(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Unavailable.is(e)) {
            LOG.warnf("dependency unavailable: %s", e.toString());
            return Response.fromResponse(respond(Problem.of(503, "unavailable", "Service unavailable",
                            "A dependency (database or Kafka) cannot be reached right now. Try again in a few seconds.")))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "internal", "Internal error", "An unexpected error occurred"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase().replace(' ', '-');
    }

    /** "create.body.mrr" -> "mrr": the method and parameter nodes are not the client's field names. */
    private static String field(ConstraintViolation<?> violation) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            field.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
        }
        return field.toString();
    }
}
