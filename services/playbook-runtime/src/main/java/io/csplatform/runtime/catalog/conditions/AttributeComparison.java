package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares a custom attribute (any JSON value) with an expected value, shared by {@code customer.custom-attribute},
 * {@code contact.custom-attribute} and {@code compare.field}. Ops eq, ne, gt, gte, lt, lte, contains, empty,
 * notEmpty. Numbers (or numeric text) compare as numbers, {@code YYYY-MM-DD} texts as dates, booleans as booleans
 * (eq / ne only), anything else as case-insensitive text; an array attribute passes eq / contains when one element
 * does. An unknown (null) attribute passes only {@code empty}.
 */
final class AttributeComparison {

    /** JSON Schema of the op parameter. */
    static final String OPS = """
            {"enum": ["eq", "ne", "gt", "gte", "lt", "lte", "contains", "empty", "notEmpty"]}""";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private AttributeComparison() {
    }

    static boolean needsValue(String op) {
        return !"empty".equals(op) && !"notEmpty".equals(op);
    }

    static boolean isEmpty(JsonNode actual) {
        return actual == null || actual.isNull() || actual.isMissingNode()
                || (actual.isTextual() && actual.asText().isBlank())
                || ((actual.isArray() || actual.isObject()) && actual.isEmpty());
    }

    static boolean test(JsonNode actual, String op, JsonNode expected) {
        if ("empty".equals(op)) {
            return isEmpty(actual);
        }
        if ("notEmpty".equals(op)) {
            return !isEmpty(actual);
        }
        if (isEmpty(actual) || expected == null || expected.isNull() || expected.isMissingNode()) {
            return false;
        }
        if (actual.isArray()) {
            boolean any = false;
            for (JsonNode element : actual) {
                any |= test(element, "contains".equals(op) || "ne".equals(op) ? "eq" : op, expected);
            }
            return "ne".equals(op) ? !any : any;
        }
        if ("contains".equals(op)) {
            return text(actual).contains(text(expected));
        }
        Integer order = order(actual, expected);
        if (order == null) {
            return false;
        }
        return switch (op) {
            case "eq" -> order == 0;
            case "ne" -> order != 0;
            case "gt" -> order > 0;
            case "gte" -> order >= 0;
            case "lt" -> order < 0;
            case "lte" -> order <= 0;
            default -> false;
        };
    }

    /**
     * actual compared to expected (negative / zero / positive); null when they cannot be ordered (booleans are equal
     * or not: their order is 0 or 1, which makes gt / lt meaningless but harmless).
     */
    private static Integer order(JsonNode actual, JsonNode expected) {
        BigDecimal a = number(actual);
        BigDecimal e = number(expected);
        if (a != null && e != null) {
            return a.compareTo(e);
        }
        LocalDate da = date(actual);
        LocalDate de = date(expected);
        if (da != null && de != null) {
            return da.compareTo(de);
        }
        Boolean ba = bool(actual);
        Boolean be = bool(expected);
        if (ba != null && be != null) {
            return ba.equals(be) ? 0 : 1;
        }
        if (ba != null || be != null || a != null || e != null) {
            // a boolean or number against plain text: only text equality makes sense
            return text(actual).equals(text(expected)) ? 0 : null;
        }
        return Integer.signum(text(actual).compareTo(text(expected)));
    }

    static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && NUMBER.matcher(node.asText().trim()).matches()) {
            return new BigDecimal(node.asText().trim());
        }
        return null;
    }

    static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        String text = node.asText().trim();
        if (text.length() >= 10 && DATE.matcher(text.substring(0, 10)).matches()
                && (text.length() == 10 || text.charAt(10) == 'T')) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Boolean bool(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            String text = node.asText().trim();
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return (node.isValueNode() ? node.asText() : node.toString()).trim().toLowerCase(Locale.ROOT);
    }

    /** What a user reads in {@code seen}: the attribute's JSON text, or null. */
    static Object shown(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
