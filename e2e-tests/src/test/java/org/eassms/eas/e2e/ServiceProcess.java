package org.eassms.eas.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One replica of a service: its built jar as a separate process on its own port, in the prod
 * profile, which a test may kill ({@code kill -9}) and start again under the same name.
 */
final class ServiceProcess {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final String name;
    private final int port;
    private final Path jar;
    private final Path logs;
    private final Map<String, String> env;
    private Process process;

    ServiceProcess(
            Path root, Path logs, String module, String name, int port, Map<String, String> env) {
        this.module = module;
        this.name = name;
        this.port = port;
        this.jar = root.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        this.logs = logs;
        this.env = env;
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build the services first (mvn package)");
        }
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx256m",
                                "-Dquarkus.http.port=" + port,
                                "-jar",
                                jar.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        logs.resolve(name + ".log").toFile()));
        builder.environment().clear();
        builder.environment().putAll(env);
        process = builder.start();
    }

    /**
     * Runs the service's start-up tasks and nothing else, as the Kubernetes init step does
     * (deploy/README.md): Flyway migrates, the process exits. Fails unless it exits 0 in time.
     */
    void migrate(Duration atMost) throws IOException, InterruptedException {
        start();
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not finish within " + atMost);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " exited " + process.exitValue());
        }
    }

    /** Waits until /q/health/ready answers 200; returns when it did. */
    Instant awaitReady(Duration atMost) {
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> readyStatus() == 200);
        return Instant.now();
    }

    int readyStatus() throws IOException, InterruptedException {
        return get("/q/health/ready").statusCode();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url() + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A Prometheus value (the first sample of that name), or 0 when there is none. */
    double metric(String name) throws IOException, InterruptedException {
        for (String line : get("/q/metrics").body().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    /** Starts it again if a test stopped it, and waits until it is ready. */
    void ensureRunning(Duration atMost) throws IOException {
        if (process == null || !process.isAlive()) {
            start();
        }
        awaitReady(atMost);
    }

    /** {@code kill -9}: no shutdown hook, no goodbye to Kafka or Redis. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            process = null;
        }
    }

    /** A graceful stop (SIGTERM), then a kill if it takes too long. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            process = null;
        }
    }

    @Override
    public String toString() {
        return name + " (" + module + " on :" + port + ")";
    }
}
