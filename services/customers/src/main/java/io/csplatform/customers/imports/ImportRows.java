package io.csplatform.customers.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.rest.ProblemException;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CSV layout: a header naming columns after the customer's JSON fields, lists separated by {@code |}, plus
 * {@code contactName} / {@code contactEmail} for the main contact of a new customer. An empty cell leaves the field
 * as it is, so importing the same file twice changes nothing.
 */
final class ImportRows {

    static final Set<String> TEXT = Set.of("externalId", "name", "status", "plan", "registrationDate", "startDate", "endDate");
    static final Set<String> LISTS = Set.of("products", "services", "groups", "segments", "tags");
    static final Set<String> CONTACT = Set.of("contactName", "contactEmail");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<String> header;

    ImportRows(List<String> header) {
        this.header = header.stream().map(String::strip).toList();
        for (String column : this.header) {
            if (!TEXT.contains(column) && !LISTS.contains(column) && !CONTACT.contains(column)) {
                throw ProblemException.invalidField(column, "unknown column; known: " + TEXT + " " + LISTS + " " + CONTACT);
            }
        }
        if (!this.header.contains("externalId") || !this.header.contains("name")) {
            throw ProblemException.invalidField("externalId", "the header needs the columns externalId and name");
        }
    }

    /** The row as a batch row; a problem with one cell is an {@link ImportError} naming its column. */
    ImportBatch.Row parse(long line, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new ImportError("", "expected " + header.size() + " cells, found " + cells.size());
        }
        ObjectNode fields = JSON.objectNode();
        String contactName = null;
        String contactEmail = null;
        for (int i = 0; i < cells.size(); i++) {
            String column = header.get(i);
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (column.equals("contactName")) {
                contactName = cell;
            } else if (column.equals("contactEmail")) {
                if (!EMAIL.matcher(cell).matches() || cell.length() > 320) {
                    throw new ImportError(column, "must be a well-formed e-mail address");
                }
                contactEmail = cell;
            } else if (LISTS.contains(column)) {
                ArrayNode list = JSON.arrayNode();
                for (String item : cell.split("\\|")) {
                    list.add(item.strip());
                }
                fields.set(column, list);
            } else {
                fields.put(column, cell);
            }
        }
        String externalId = fields.path("externalId").asText("");
        if (externalId.isEmpty() || !fields.has("name")) {
            throw new ImportError(externalId.isEmpty() ? "externalId" : "name", "is required");
        }
        if (contactEmail != null && contactName == null) {
            throw new ImportError("contactName", "is required with contactEmail");
        }
        return new ImportBatch.Row(line, externalId, fields, contactName, contactEmail);
    }

    /** A row the import skips, with the column at fault. */
    static final class ImportError extends RuntimeException {

        final String field;

        ImportError(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
