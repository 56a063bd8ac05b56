package io.csplatform.customers.imports;

import io.csplatform.rest.ProblemException;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A CSV upload read record by record, its header read first: either the request body in a temporary file (to check
 * the header before the job is stored; closing deletes the file) or the job's {@link StoredUpload}.
 */
final class CsvUpload implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CsvUpload.class);

    final List<String> header;
    private final CsvReader records;
    private final Path file;
    private final BufferedReader reader;
    private long line = 1;

    private CsvUpload(Path file, BufferedReader reader) throws IOException {
        this.file = file;
        this.reader = reader;
        this.records = new CsvReader(reader);
        List<String> first = records.next();
        this.header = first == null ? null : first.stream().map(String::strip).toList();
    }

    /** Stores {@code csv} in a temporary file; an empty upload is a 400 naming {@code file}. */
    static CsvUpload store(InputStream csv) {
        try {
            Path file = Files.createTempFile("cs-import-", ".csv");
            Files.copy(csv, file, StandardCopyOption.REPLACE_EXISTING);
            CsvUpload upload = new CsvUpload(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
            if (upload.header == null) {
                upload.close();
                throw ProblemException.invalidField("file", "the file is empty: it needs a header row");
            }
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stored upload (its header was checked when the job was created). */
    static CsvUpload read(InputStream stored) throws IOException {
        CsvUpload upload = new CsvUpload(null, new BufferedReader(new InputStreamReader(stored, StandardCharsets.UTF_8),
                1 << 16));
        if (upload.header == null) {
            upload.close();
            throw new IOException("the stored upload is empty");
        }
        return upload;
    }

    Path file() {
        return file;
    }

    /** The line (1 = header) of the last record read. */
    long line() {
        return line;
    }

    /** Skips the records up to and including {@code checkpointLine}: they were imported before a restart. */
    void skipTo(long checkpointLine) throws IOException {
        while (line < checkpointLine && records.next() != null) {
            line++;
        }
    }

    /** Parses a data row; a cell it refuses is an {@link ImportRows.ImportError} naming the column. */
    interface Parser<R> {
        R parse(long line, List<String> cells);
    }

    /**
     * The next data row that parses, or null at the end of the file. Blank lines are skipped; a row that does not
     * parse is counted as processed and reported on {@code tally} with its line and column.
     */
    <R> R next(ImportTally tally, Parser<R> parser) throws IOException {
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            line++;
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            try {
                return parser.parse(line, cells);
            } catch (ImportRows.ImportError e) {
                tally.error(line, e.field, e.getMessage());
                tally.processed.incrementAndGet();
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            reader.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warnf("cannot delete %s", file);
        }
    }
}
