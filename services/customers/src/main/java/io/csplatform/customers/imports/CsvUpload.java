package io.csplatform.customers.imports;

import io.csplatform.rest.ProblemException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jboss.logging.Logger;

/** An uploaded CSV stored in a temporary file, its header read; closing deletes the file. */
final class CsvUpload implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CsvUpload.class);

    final List<String> header;
    private final CsvReader records;
    private final Path file;
    private final BufferedReader reader;
    private long line = 1;

    private CsvUpload(Path file, BufferedReader reader, CsvReader records, List<String> header) {
        this.file = file;
        this.reader = reader;
        this.records = records;
        this.header = header;
    }

    /** Stores {@code csv}; an empty upload is a 400 naming {@code file}. */
    static CsvUpload store(InputStream csv) {
        try {
            Path file = Files.createTempFile("cs-import-", ".csv");
            Files.copy(csv, file, StandardCopyOption.REPLACE_EXISTING);
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CsvReader records = new CsvReader(reader);
            List<String> header = records.next();
            CsvUpload upload = new CsvUpload(file, reader, records, header == null ? List.of()
                    : header.stream().map(String::strip).toList());
            if (header == null) {
                upload.close();
                throw ProblemException.invalidField("file", "the file is empty: it needs a header row");
            }
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a data row; a cell it refuses is an {@link ImportRows.ImportError} naming the column. */
    interface Parser<R> {
        R parse(long line, List<String> cells);
    }

    /**
     * The next data row that parses, or null at the end of the file. Blank lines are skipped; a row that does not
     * parse is counted as processed and reported on {@code job} with its line and column.
     */
    <R> R next(ImportJob job, Parser<R> parser) throws IOException {
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            line++;
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            try {
                return parser.parse(line, cells);
            } catch (ImportRows.ImportError e) {
                job.error(line, e.field, e.getMessage());
                job.processed.incrementAndGet();
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            reader.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("cannot delete %s", file);
        }
    }
}
