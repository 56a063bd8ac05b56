package io.csplatform.customers.imports;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * An uploaded CSV kept in {@code import_upload} in chunks of {@value #CHUNK} bytes, so whichever instance resumes the
 * job reads the same file; read back as a stream, one chunk at a time (blocking: worker threads only).
 */
final class StoredUpload extends InputStream {

    static final int CHUNK = 1 << 20;
    private static final String INSERT = "insert into import_upload (job_id, seq, tenant_id, data) values ($1, $2, $3, $4)";
    private static final String SELECT = "select data from import_upload where job_id = $1 and seq = $2";

    private final Pool pool;
    private final UUID jobId;
    private byte[] chunk = new byte[0];
    private int position;
    private int next;
    private boolean done;

    StoredUpload(Pool pool, UUID jobId) {
        this.pool = pool;
        this.jobId = jobId;
    }

    /** Copies {@code file} into the job's chunks with {@code client} (the transaction that creates the job); blocking. */
    static void save(SqlClient client, UUID jobId, String tenantId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes(CHUNK);
            for (int seq = 0; data.length > 0; seq++, data = in.readNBytes(CHUNK)) {
                client.preparedQuery(INSERT).execute(Tuple.of(jobId, seq, tenantId, io.vertx.core.buffer.Buffer.buffer(data)))
                        .await().indefinitely();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (done || !fetch()) {
                done = true;
                return -1;
            }
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, into, offset, n);
        position += n;
        return n;
    }

    private boolean fetch() throws IOException {
        try {
            var rows = pool.preparedQuery(SELECT).execute(Tuple.of(jobId, next++)).await().indefinitely();
            if (rows.size() == 0) {
                return false;
            }
            Row row = rows.iterator().next();
            chunk = row.getBuffer("data").getBytes();
            position = 0;
            return true;
        } catch (RuntimeException e) {
            throw new IOException("cannot read the upload of import " + jobId + ": " + e.getMessage(), e);
        }
    }
}
