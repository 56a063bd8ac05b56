package io.csplatform.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Quarkus service ({@code quarkus-run.jar}) in its own JVM, ready once /q/health/ready answers 200. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * How long a service may take to become ready: 300 s by default (a JVM starts in 10 to 30 s on a quiet machine,
     * but well over 180 s when two cores are shared with builds and a loaded platform); {@code -Dcs.service.start-timeout}
     * (seconds) changes it.
     */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("cs.service.start-timeout", 300));

    /** How long a training run may take to stop and write its archive before it is killed (and the archive dropped). */
    private static final Duration TRAINING_STOP = Duration.ofSeconds(180);

    private final String name;
    private final ChildProcess process;
    private final int port;
    private final Path workDir;
    private final ClassDataArchive classData;
    private final Thread shutdownHook;

    private ServiceProcess(String name, ChildProcess process, int port, Path workDir, ClassDataArchive classData) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.classData = classData;
        this.shutdownHook = new Thread(this::stop, "service-shutdown");
    }

    public static ServiceProcess start(String name, Path quarkusRunJar, int httpPort, Map<String, String> systemProperties,
            Path logFile) {
        return start(name, quarkusRunJar, httpPort, systemProperties, logFile, false);
    }

    /**
     * Starts a service; with {@code trainClassData} (the launcher), a run without a current trained class-data
     * archive writes one when it stops, for the next start ({@link ClassDataArchive}).
     */
    public static ServiceProcess start(String name, Path quarkusRunJar, int httpPort, Map<String, String> systemProperties,
            Path logFile, boolean trainClassData) {
        Files2.requireExists(quarkusRunJar, "build the service first");
        if (!Ports.isFree(httpPort)) {
            throw new IllegalStateException("Port " + httpPort + " for " + name + " is already in use");
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaBinary()));
        command.addAll(ServiceJvm.options(name));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + httpPort);
        Path workDir = quarkusRunJar.toAbsolutePath().getParent();
        // classes mapped from a class-data archive instead of being loaded, verified and parsed again. An archive
        // records the class path as it was made, the jar's name in its own directory
        ClassDataArchive classData = ClassDataArchive.choose(workDir, quarkusRunJar.toAbsolutePath(), trainClassData);
        command.addAll(classData.jvmOptions());
        command.add("-jar");
        command.add(classData.usesArchive() ? quarkusRunJar.getFileName().toString()
                : quarkusRunJar.toAbsolutePath().toString());
        ChildProcess process = ChildProcess.start(name, command, workDir, ServiceJvm.environment(),
                logFile.toAbsolutePath());
        ServiceProcess service = new ServiceProcess(name, process, httpPort, workDir, classData);
        Runtime.getRuntime().addShutdownHook(service.shutdownHook);
        try {
            Http http = new Http();
            process.awaitReady(() -> http.isOk("http://localhost:" + httpPort + "/q/health/ready"), START_TIMEOUT);
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** Whether this run writes the service's class-data archive when it stops ({@link ClassDataArchive}). */
    public boolean trainsClassData() {
        return classData.training();
    }

    public long rssKb() {
        return process.rssKb();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** kill -9 (a crash): no shutdown, nothing flushed. */
    public void kill() {
        process.kill();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // JVM exiting: the hook runs anyway
        }
        stop();
    }

    private void stop() {
        if (!classData.training()) {
            process.close();
            return;
        }
        process.close(TRAINING_STOP);
        classData.finish(workDir, process.isAlive() ? -1 : process.exitCode());
    }
}
