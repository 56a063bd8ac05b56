package io.csplatform.customers.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Up to {@value #SIZE} valid rows, keyed by external id (a repeated id closes the batch, so the last row wins in order). */
final class ImportBatch {

    static final int SIZE = 1000;

    record Row(long line, String externalId, ObjectNode fields, String contactName, String contactEmail) {
    }

    final Map<String, Row> rows = new LinkedHashMap<>();
    /** The rows the reader refused before and among these, and the line the batch ends at (its checkpoint). */
    final ImportTally read = new ImportTally();

    boolean accepts(Row row) {
        return rows.size() < SIZE && !rows.containsKey(row.externalId());
    }

    List<String> externalIds() {
        return new ArrayList<>(rows.keySet());
    }
}
