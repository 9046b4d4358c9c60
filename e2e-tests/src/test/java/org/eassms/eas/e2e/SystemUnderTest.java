package org.eassms.eas.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.phone.AdminApi;

/**
 * The whole system as an operator runs it: a Kafka broker (scripts/kafka.sh) and a Redis of its own
 * on free ports (so a test may stop and restart them), and the three services' built jars as
 * separate processes (one or more replicas each) against the machine's PostgreSQL. Logs go to
 * e2e-tests/target/e2e. The services trace everything, as in production, to an {@link
 * OtlpTraceReceiver} of the test's own.
 */
final class SystemUnderTest implements AutoCloseable {
    static final String ADMIN_TOKEN = "e2e-admin-token";

    private final Path root =
            Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("e2e-tests/target/e2e/" + System.nanoTime());
    private final int kafkaPort = FreePorts.pair();
    private final RedisServer redis;
    private final OtlpTraceReceiver traces = new OtlpTraceReceiver();
    private final List<ServiceProcess> syncs = new ArrayList<>();
    private final List<ServiceProcess> relays = new ArrayList<>();
    private ServiceProcess settings;

    private SystemUnderTest() throws IOException {
        Files.createDirectories(logs);
        redis = new RedisServer(logs);
    }

    /** One replica of each service. */
    static SystemUnderTest start() throws Exception {
        return start(1, 1);
    }

    static SystemUnderTest start(int syncReplicas, int relayReplicas) throws Exception {
        SystemUnderTest system = new SystemUnderTest();
        try {
            system.boot(syncReplicas, relayReplicas);
            system.warmUp();
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    private void boot(int syncReplicas, int relayReplicas) throws Exception {
        startKafka();
        redis.start();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("EAS_DB_USER", "postgres");
        env.put("EAS_DB_REACTIVE_URL", "postgresql://127.0.0.1:5432/test");
        env.put("EAS_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        env.put("EAS_REDIS_URL", redis.url());
        env.put("EAS_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        env.put("EAS_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("EAS_INTERNAL_TOKEN", "e2e-internal-token");
        env.put("EAS_OTLP_ENDPOINT", traces.endpoint());
        env.put("EAS_TRACE_SAMPLE_RATIO", "1.0");
        // Spans go out within a tenth of a second, not the default five, so a test need not wait.
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
        // A broker that lost the transports' topic is noticed within 2 s, not the minute an
        // operator's system waits, so the fault test need not wait either.
        env.put("EAS_SETTINGS_TRANSPORTS_CHECK", "PT2S");
        int settingsPort = FreePorts.one();
        env.put("EAS_SETTINGS_URL", "http://127.0.0.1:" + settingsPort);
        migrate(env);
        // As in Kubernetes: the serving processes never migrate, the init step did.
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        settings = service("settings-service", "settings-service", settingsPort, env);
        for (int i = 0; i < syncReplicas; i++) {
            Map<String, String> replica = new HashMap<>(env);
            replica.put("EAS_SYNC_REPLICA_ID", "sync-service-" + i);
            syncs.add(service("sync-service", "sync-service-" + i, FreePorts.one(), replica));
        }
        for (int i = 0; i < relayReplicas; i++) {
            Map<String, String> replica = new HashMap<>(env);
            // Static membership (ADR 5): the name a restarted replica comes back under.
            replica.put("EAS_INSTANCE_ID", "relay-dispatcher-" + i);
            relays.add(
                    service("relay-dispatcher", "relay-dispatcher-" + i, FreePorts.one(), replica));
        }
        List<ServiceProcess> all = new ArrayList<>(List.of(settings));
        all.addAll(syncs);
        all.addAll(relays);
        for (ServiceProcess service : all) {
            service.start();
        }
        for (ServiceProcess service : all) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    /** The init step of the services that own tables, as deploy/base runs it before each pod. */
    private void migrate(Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> initStep = new HashMap<>(env);
        initStep.put("QUARKUS_INIT_AND_EXIT", "true");
        for (String module : List.of("settings-service", "sync-service")) {
            service(module, module + "-migrate", FreePorts.one(), initStep)
                    .migrate(Duration.ofSeconds(120));
        }
    }

    private ServiceProcess service(String module, String name, int port, Map<String, String> env) {
        return new ServiceProcess(root, logs, module, name, port, env);
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
        long posted = System.nanoTime();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> {
                            double consumed = 0;
                            for (ServiceProcess relay : relays) {
                                consumed += relay.metric("eas_relay_events_consumed_total");
                            }
                            return consumed >= 1;
                        });
        // The first SMS of a fresh system, posted to consumed by a dispatcher (BENCHMARKS.md),
        // within the metrics' polling.
        System.out.printf(
                "FIRST-SMS | posted to consumed by the dispatcher | %d ms%n",
                Duration.ofNanos(System.nanoTime() - posted).toMillis());
    }

    String syncUrl() {
        return syncs.get(0).url();
    }

    /** Every sync-service replica's URL, as a load balancer in front of them would know them. */
    List<String> syncUrls() {
        return syncs.stream().map(ServiceProcess::url).toList();
    }

    ServiceProcess sync(int replica) {
        return syncs.get(replica);
    }

    ServiceProcess relay(int replica) {
        return relays.get(replica);
    }

    /** The names of the metrics all running services export, as Prometheus scrapes them. */
    Set<String> exportedMetricNames() throws IOException, InterruptedException {
        List<ServiceProcess> all = new ArrayList<>(List.of(settings));
        all.addAll(syncs);
        all.addAll(relays);
        Set<String> names = new HashSet<>();
        for (ServiceProcess service : all) {
            for (String line : service.get("/q/metrics").body().split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line.split("[{ ]", 2)[0]);
                }
            }
        }
        return names;
    }

    RedisServer redis() {
        return redis;
    }

    /** The spans the services exported. */
    OtlpTraceReceiver traces() {
        return traces;
    }

    /** The log of the first sync-service replica, as the cluster's log collector would read it. */
    String syncLog() throws IOException {
        return Files.readString(logs.resolve("sync-service-0.log"));
    }

    /** Creates a user through the admin API. */
    void createUser(String username, String password) throws IOException, InterruptedException {
        new AdminApi(syncUrl(), ADMIN_TOKEN).createUser(username, password);
    }

    /** A Prometheus value of the first sync-service replica, e.g. the hanging requests. */
    double syncMetric(String name) throws IOException, InterruptedException {
        return syncs.get(0).metric(name);
    }

    /** The sum of a Prometheus value over the sync-service replicas. */
    double syncMetricSum(String name) throws IOException, InterruptedException {
        double sum = 0;
        for (ServiceProcess sync : syncs) {
            sum += sync.metric(name);
        }
        return sum;
    }

    void stopKafka() throws IOException, InterruptedException {
        script("stop");
    }

    void startKafka() throws IOException, InterruptedException {
        script("start");
    }

    /** A stopped broker's data gone: the next start formats a new, empty cluster. */
    void wipeKafka() throws IOException {
        Path data = root.resolve("target/kafka-" + kafkaPort + "/data");
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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

    @Override
    public void close() throws IOException, InterruptedException {
        List<ServiceProcess> all = new ArrayList<>(relays);
        all.addAll(syncs);
        if (settings != null) {
            all.add(settings);
        }
        for (ServiceProcess service : all) {
            service.stop();
        }
        redis.close();
        try {
            stopKafka();
        } catch (IllegalStateException e) {
            // already stopped
        }
        traces.close();
    }
}
