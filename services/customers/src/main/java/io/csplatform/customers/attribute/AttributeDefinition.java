package io.csplatform.customers.attribute;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.rest.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A tenant's custom attribute: its key, type (text, number, date, boolean, option) and, for options, the allowed values. */
public record AttributeDefinition(String key, String type, List<String> options) {

    public static final List<String> TYPES = List.of("text", "number", "date", "boolean", "option");

    /** Checks a value against the type; a problem names the field {@code attributes.<key>}. */
    void check(JsonNode value) {
        boolean valid = switch (type) {
            case "text" -> value.isTextual() && !value.asText().isBlank() && value.asText().length() <= 1000;
            case "number" -> value.isNumber() && value.decimalValue().compareTo(BigDecimal.valueOf(1e15).negate()) > 0;
            case "date" -> value.isTextual() && isDate(value.asText());
            case "boolean" -> value.isBoolean();
            case "option" -> value.isTextual() && options.contains(value.asText());
            default -> false;
        };
        if (!valid) {
            throw ProblemException.invalidField("attributes." + key, "must be " + (type.equals("option")
                    ? "one of " + options : type.equals("date") ? "a date YYYY-MM-DD" : "a " + type));
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
