package io.csplatform.rest;

import io.csplatform.events.NulFreeStrings;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * The NUL character ({@code \u0000}), which PostgreSQL cannot store in text, is refused at the door with a 400
 * naming where it was: in a request body's string (the {@link NulFreeStrings} module on the REST object mapper), or
 * in a query parameter (this filter). Without it the database refused the statement: a 500.
 */
@Singleton
public class NulFreeInput implements ObjectMapperCustomizer {

    @Override
    public void customize(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        mapper.registerModule(new NulFreeStrings());
    }

    @ServerRequestFilter
    public Response queryParameters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return TypedParameters.invalid(parameter.getKey(), NulFreeStrings.MESSAGE).getResponse();
                }
            }
        }
        return null;
    }
}
