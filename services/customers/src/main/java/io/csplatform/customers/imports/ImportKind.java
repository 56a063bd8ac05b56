package io.csplatform.customers.imports;

import java.io.IOException;
import java.util.List;

/** One kind of CSV import (customers, contacts): how its header is checked and how its rows are imported. */
interface ImportKind {

    /** The value of {@code import_job.kind}. */
    String name();

    /** Refuses a header it cannot import with a 400 naming the column; blocking. */
    void check(String tenantId, List<String> header);

    /**
     * Imports the rows after {@code upload}'s position, saving each batch with its checkpoint
     * ({@link ImportCheckpoints}); blocking. A {@link RunningImport.Stopped} ends the work without finishing the job.
     */
    void run(RunningImport job, CsvUpload upload) throws IOException;
}
