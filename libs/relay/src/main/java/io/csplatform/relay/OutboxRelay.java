package io.csplatform.relay;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the Debezium engine to the Kafka sink and signals readiness through a file. */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final RelayConfig config;
    private final KafkaSink sink;
    private final DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicInteger exitCode = new AtomicInteger();

    public OutboxRelay(RelayConfig config) throws IOException {
        this.config = config;
        Files.createDirectories(config.offsetsFile().toAbsolutePath().getParent());
        if (config.readyFile() != null) {
            Files.deleteIfExists(config.readyFile());
        }
        this.sink = new KafkaSink(config.kafka(), RecordConverter.from(config.connector()));
        this.engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                .using(config.engineProperties())
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void pollingStarted() {
                        LOG.info("Relay streaming to {}", config.bootstrapServers());
                        markReady();
                    }
                })
                .using((success, message, error) -> {
                    if (!success) {
                        LOG.error("Relay engine stopped: {}", message, error);
                        exitCode.set(1);
                    }
                    finished.countDown();
                })
                .notifying(sink)
                .build();
    }

    /** Runs until the engine stops; answers the process exit code. */
    public int run() throws InterruptedException {
        Thread thread = new Thread(engine, "debezium-engine");
        thread.start();
        finished.await();
        sink.close();
        return exitCode.get();
    }

    @Override
    public void close() {
        try {
            engine.close();
            finished.await();
        } catch (IOException e) {
            LOG.warn("Closing the engine failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void markReady() {
        Path ready = config.readyFile();
        if (ready == null) {
            return;
        }
        try {
            Files.writeString(ready, Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
