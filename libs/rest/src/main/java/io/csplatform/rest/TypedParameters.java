package io.csplatform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Typed query and header parameters ({@code ?limit=abc}, {@code ?customerId=42}) that do not parse answer 400
 * problem+json naming the parameter. Without this, JAX-RS must answer a failed query parameter conversion with an
 * empty 404 (Jakarta REST 3.2), which tells an integrator the resource does not exist. Path parameters keep the 404:
 * a path that does not parse names no resource.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Parser> PARSERS = Map.of(
            Integer.class, new Parser("an integer", Integer::valueOf),
            int.class, new Parser("an integer", Integer::valueOf),
            Long.class, new Parser("an integer", Long::valueOf),
            long.class, new Parser("an integer", Long::valueOf),
            UUID.class, new Parser("a UUID", UUID::fromString),
            Boolean.class, new Parser("true or false", TypedParameters::bool),
            boolean.class, new Parser("true or false", TypedParameters::bool),
            LocalDate.class, new Parser("a date (yyyy-MM-dd)", LocalDate::parse),
            Instant.class, new Parser("an instant (ISO-8601, e.g. 2026-01-31T12:00:00Z)", Instant::parse));

    private record Parser(String expected, Function<String, Object> parse) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser parser = PARSERS.get(rawType);
        String name = name(annotations);
        if (parser == null || name == null) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parser.parse().apply(value.trim());
                } catch (RuntimeException e) {
                    throw invalid(name, "must be " + parser.expected() + ", not '" + value + "'");
                }
            }

            @Override
            public String toString(Object value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** The 400 of a parameter that does not parse: a WebApplicationException, which JAX-RS passes on as it is. */
    static BadRequestException invalid(String name, String message) {
        Problem problem = Problem.invalid("Parameter '" + name + "' has the wrong type or format",
                List.of(new Problem.FieldError(name, message)));
        return new BadRequestException(problem.detail(),
                Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private static Object bool(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(value);
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
