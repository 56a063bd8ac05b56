package io.csplatform.customers.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.attribute.AttributeDefinition;
import io.csplatform.events.EventJson;
import io.csplatform.rest.ProblemException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contacts CSV layout: {@code customerExternalId} (the customer, by the ERP's id) and {@code name} are required;
 * {@code email}, {@code phone}, {@code birthday} (yyyy-MM-dd), {@code types} (separated by {@code |}), {@code keyUser},
 * {@code main}, {@code active} (true/false) and one {@code attributes.<key>} column per contact attribute are
 * optional. An empty cell leaves the field as it is. A row updates the customer's contact with the same e-mail
 * (ignoring case), or without e-mail the same name; otherwise it creates one.
 */
final class ContactImportRows {

    static final String CUSTOMER = "customerExternalId";
    static final Set<String> TEXT = Set.of("name", "email", "phone", "birthday");
    static final Set<String> BOOLEANS = Set.of("keyUser", "main", "active");
    static final String TYPES = "types";
    static final String ATTRIBUTE = "attributes.";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A parsed row: the customer's external id, the contact fields as the API takes them, and how to match it. */
    record Row(long line, String customerExternalId, ObjectNode fields, String email, String name) {
    }

    private final List<String> header;
    private final Map<String, AttributeDefinition> attributes;

    ContactImportRows(List<String> header, List<AttributeDefinition> definitions) {
        this.header = header;
        this.attributes = definitions.stream().collect(Collectors.toMap(AttributeDefinition::key, Function.identity()));
        for (String column : header) {
            boolean known = column.equals(CUSTOMER) || TEXT.contains(column) || BOOLEANS.contains(column)
                    || column.equals(TYPES) || column.startsWith(ATTRIBUTE)
                    && attributes.containsKey(column.substring(ATTRIBUTE.length()));
            if (!known) {
                throw ProblemException.invalidField(column, "unknown column; known: " + CUSTOMER + " " + TEXT + " "
                        + BOOLEANS + " [" + TYPES + "] and attributes.<key> for the contact attributes "
                        + attributes.keySet());
            }
        }
        if (!header.contains(CUSTOMER) || !header.contains("name")) {
            throw ProblemException.invalidField(CUSTOMER, "the header needs the columns customerExternalId and name");
        }
    }

    /** The tenant's contact attribute definitions the header was checked against. */
    List<AttributeDefinition> definitions() {
        return List.copyOf(attributes.values());
    }

    /** The row; a problem with one cell is an {@link ImportRows.ImportError} naming its column. */
    Row parse(long line, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new ImportRows.ImportError("", "expected " + header.size() + " cells, found " + cells.size());
        }
        ObjectNode fields = JSON.objectNode();
        ObjectNode attributeValues = JSON.objectNode();
        String customer = null;
        for (int i = 0; i < cells.size(); i++) {
            String column = header.get(i);
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (column.equals(CUSTOMER)) {
                customer = cell;
            } else if (TEXT.contains(column)) {
                fields.put(column, cell);
            } else if (BOOLEANS.contains(column)) {
                fields.put(column, bool(column, cell));
            } else if (column.equals(TYPES)) {
                ArrayNode types = JSON.arrayNode();
                for (String type : cell.split("\\|")) {
                    types.add(type.strip());
                }
                fields.set(TYPES, types);
            } else {
                String key = column.substring(ATTRIBUTE.length());
                attributeValues.set(key, attribute(column, attributes.get(key).type(), cell));
            }
        }
        if (customer == null) {
            throw new ImportRows.ImportError(CUSTOMER, "is required");
        }
        if (!fields.has("name")) {
            throw new ImportRows.ImportError("name", "is required");
        }
        if (!attributeValues.isEmpty()) {
            fields.set("attributes", attributeValues);
        }
        return new Row(line, customer, fields, fields.path("email").asText(null), fields.get("name").asText());
    }

    private static boolean bool(String column, String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "sim", "1" -> true;
            case "false", "no", "não", "nao", "0" -> false;
            default -> throw new ImportRows.ImportError(column, "must be true or false");
        };
    }

    /** The cell as the JSON value the attribute's type takes; the type's own rules are checked when it is applied. */
    private static com.fasterxml.jackson.databind.JsonNode attribute(String column, String type, String cell) {
        return switch (type) {
            case "number" -> {
                try {
                    // the node a stored value reads back as (8 an integer, 7.50 a decimal), so a re-import compares equal
                    yield EventJson.MAPPER.readTree(new BigDecimal(cell).toPlainString());
                } catch (NumberFormatException | JsonProcessingException e) {
                    throw new ImportRows.ImportError(column, "must be a number");
                }
            }
            case "boolean" -> JSON.booleanNode(bool(column, cell));
            default -> JSON.textNode(cell);
        };
    }
}
