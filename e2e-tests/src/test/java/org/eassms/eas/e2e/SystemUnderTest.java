package org.eassms.eas.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.phone.AdminApi;

/**
 * The whole system as an operator runs it: a Kafka broker (scripts/kafka.sh) and the three
 * services' built jars as separate processes on free ports, against the machine's PostgreSQL and
 * Redis. Logs go to e2e-tests/target/e2e.
 */
final class SystemUnderTest implements AutoCloseable {
    static final String ADMIN_TOKEN = "e2e-admin-token";

    private final Path root =
            Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("e2e-tests/target/e2e/" + System.currentTimeMillis());
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> services = new ArrayList<>();
    private final int kafkaPort = freePortPair();
    final int syncPort = freePort();
    final int settingsPort = freePort();
    final int relayPort = freePort();

    static SystemUnderTest start() throws Exception {
        SystemUnderTest system = new SystemUnderTest();
        try {
            system.boot();
            system.warmUp();
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    private void boot() throws Exception {
        Files.createDirectories(logs);
        startKafka();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("EAS_DB_USER", "postgres");
        env.put("EAS_DB_REACTIVE_URL", "postgresql://127.0.0.1:5432/test");
        env.put("EAS_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        env.put("EAS_REDIS_URL", "redis://127.0.0.1:6379");
        env.put("EAS_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        env.put("EAS_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("EAS_INTERNAL_TOKEN", "e2e-internal-token");
        env.put("EAS_SETTINGS_URL", "http://127.0.0.1:" + settingsPort);
        launch("settings-service", settingsPort, env);
        launch("sync-service", syncPort, env);
        launch("relay-dispatcher", relayPort, env);
        for (int port : new int[] {settingsPort, syncPort, relayPort}) {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(
                            () ->
                                    get("http://127.0.0.1:" + port + "/q/health/ready").statusCode()
                                            == 200);
        }
    }

    private void launch(String module, int port, Map<String, String> env) throws IOException {
        Path jar = root.resolve(module + "/target/quarkus-app/quarkus-run.jar");
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
                        .redirectOutput(logs.resolve(module + ".log").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        services.add(builder.start());
    }

    /**
     * On a fresh broker the first event waits for topic creation and the consumer's partition
     * assignment (seconds, once). One SMS for a throwaway user, relayed to nobody, pays that before
     * any test measures the relay.
     */
    private void warmUp() throws Exception {
        String user = Scenario.newUser(this);
        Scenario.device(this, user, "warm-up")
                .client()
                .json("POST", "/api/sms", "{\"to\":\"+10000000000\",\"body\":\"warm-up\"}");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> metric(relayUrl(), "eas_relay_events_consumed_total") >= 1);
    }

    private String relayUrl() {
        return "http://127.0.0.1:" + relayPort;
    }

    String syncUrl() {
        return "http://127.0.0.1:" + syncPort;
    }

    /** Creates a user through the admin API. */
    void createUser(String username, String password) throws IOException, InterruptedException {
        new AdminApi(syncUrl(), ADMIN_TOKEN).createUser(username, password);
    }

    /** A Prometheus value of sync-service, e.g. the number of hanging requests. */
    double syncMetric(String name) throws IOException, InterruptedException {
        return metric(syncUrl(), name);
    }

    private double metric(String baseUrl, String name) throws IOException, InterruptedException {
        for (String line : get(baseUrl + "/q/metrics").body().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    void stopKafka() throws IOException, InterruptedException {
        script("stop");
    }

    void startKafka() throws IOException, InterruptedException {
        script("start");
    }

    private void script(String action) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(
                                "bash",
                                root.resolve("scripts/kafka.sh").toString(),
                                action,
                                Integer.toString(kafkaPort))
                        .directory(root.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        logs.resolve("kafka-script.log").toFile()))
                        .start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/kafka.sh " + action + " failed; see " + logs);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Process service : services) {
            service.destroy();
        }
        for (Process service : services) {
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        try {
            stopKafka();
        } catch (IllegalStateException e) {
            // already stopped
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose successor is free too (Kafka's controller listens on port + 1). */
    private static int freePortPair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port pair");
    }
}
