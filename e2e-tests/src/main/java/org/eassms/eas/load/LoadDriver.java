package org.eassms.eas.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.phone.ServiceMetrics;

/**
 * Holds N phones hanging on their Outbox against a running system and measures what the issue of
 * scale asks (BENCHMARKS.md): how long the burst of N arriving phones takes to be held,
 * sync-service's heap (after a full GC) and resident memory per hanging request, its CPU while they
 * all hang idle, the wake latency (the 201 of {@code POST /api/sms} to the phone's Sync response)
 * with SMS paced at a steady rate, how fast the replica lets them all go, and every error. Phones
 * are set up once and reused ({@link PhoneRoster}); the phones hang with non-blocking I/O ({@link
 * HangingPhones}).
 *
 * <pre>
 * scripts/load.sh --phones 10000 [--http2] [--samples 300] [--rate 10] [--kafka host:port]
 *                  [--redis host:port]
 * </pre>
 */
public final class LoadDriver {
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        // One or more sync-service replicas; phones are spread over them, SMS posted to the first,
        // and the process probe (--pid) watches the first.
        List<URI> servers =
                Arrays.stream(options.getOrDefault("url", "http://127.0.0.1:8080").split(","))
                        .map(URI::create)
                        .toList();
        URI server = servers.get(0);
        int phones = Integer.parseInt(options.getOrDefault("phones", "1000"));
        int samples = Integer.parseInt(options.getOrDefault("samples", "300"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "10"));
        boolean http2 = options.containsKey("http2");
        int streams = Integer.parseInt(options.getOrDefault("streams", "100"));
        int heartbeat = Integer.parseInt(options.getOrDefault("heartbeat", "1800"));
        ProcessProbe service = new ProcessProbe(Long.parseLong(options.getOrDefault("pid", "0")));
        List<String> sources = sources(options.get("sources"), http2 ? 1 : phones / servers.size());
        PhoneRoster roster =
                new PhoneRoster(
                        Path.of(options.getOrDefault("roster", "target/load/phones.tsv")),
                        server.toString(),
                        options.getOrDefault("admin-token", "dev-admin-token"));

        List<LoadPhone> fleet =
                roster.phones(phones, Integer.parseInt(options.getOrDefault("setup-threads", "8")));
        HttpClient scraper = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        double idleHanging = hanging(scraper, servers);
        Snapshot idle = Snapshot.of(service);

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        Errors errors = new Errors();
        WakeSampler[] sampler = new WakeSampler[1];
        HangingPhones hangingPhones =
                new HangingPhones(
                        vertx,
                        servers,
                        http2,
                        streams,
                        sources,
                        phones,
                        heartbeat,
                        errors,
                        phone -> sampler[0].arrived(phone));
        sampler[0] = new WakeSampler(vertx, vertx.getOrCreateContext(), server, fleet, errors);

        long arriving = System.nanoTime();
        fleet.forEach(hangingPhones::hang);
        double held = waitFor(scraper, servers, n -> n >= idleHanging + phones, 600);
        double arrivalSeconds = (System.nanoTime() - arriving) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d phones arrived at once (%s, %d source address(es)): %.0f hanging after %.1f s,"
                        + " errors %s%n",
                phones,
                http2 ? "h2c, " + streams + " streams a connection" : "HTTP/1.1",
                sources.size(),
                held - idleHanging,
                arrivalSeconds,
                errors);

        // What the burst left (JIT compilation, garbage) settles before idle is measured.
        TimeUnit.SECONDS.sleep(Integer.parseInt(options.getOrDefault("settle", "15")));
        double idleCpu = service.present() ? service.cpuPercent(10) : Double.NaN;
        Snapshot loaded = Snapshot.of(service);

        sampler[0].run(Math.min(50, samples), rate).get(); // warm-up, not counted
        WakeSampler.Result result = sampler[0].run(samples, rate).get();

        String floor = floor(options, Math.min(300, samples), rate);

        long leaving = System.nanoTime();
        hangingPhones.close().toCompletionStage().toCompletableFuture().get();
        double left = waitFor(scraper, servers, n -> n <= idleHanging, 120);
        double leaveSeconds = (System.nanoTime() - leaving) / 1e9;
        sampler[0].close();
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        roster.save(fleet);

        if (servers.size() > 1) {
            System.out.printf(
                    "%d sync-service replicas, %d phones each; memory and CPU of the first%n",
                    servers.size(), phones / servers.size());
        }
        report(
                phones,
                phones / servers.size(),
                http2,
                result,
                errors,
                idle,
                loaded,
                idleCpu,
                arrivalSeconds);
        stages(
                scraper,
                server,
                options.getOrDefault("dispatchers", "http://127.0.0.1:8082,http://127.0.0.1:8083"));
        System.out.println(floor);
        System.out.printf(
                Locale.ROOT,
                "all phones gone: %.0f hanging %.1f s after they closed%n",
                left - idleHanging,
                leaveSeconds);
        System.exit(0);
    }

    /** sync-service seen from outside at one moment. */
    private record Snapshot(long rss, long openFiles, HeapHistogram heap) {
        static Snapshot of(ProcessProbe service) throws Exception {
            if (!service.present()) {
                return new Snapshot(0, 0, null);
            }
            HeapHistogram heap = HeapHistogram.of(service.pid());
            return new Snapshot(service.rss(), service.openFiles(), heap);
        }
    }

    private static void report(
            int phones,
            int perReplica,
            boolean http2,
            WakeSampler.Result result,
            Errors errors,
            Snapshot idle,
            Snapshot loaded,
            double idleCpu,
            double arrivalSeconds) {
        long[] sorted = result.latencies().stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "wake latency over %d SMS (201 of POST /api/sms to the phone's Sync response):"
                        + " p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; lost %d%n",
                sorted.length,
                ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.90)),
                ms(percentile(sorted, 0.99)),
                ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                result.lost());
        if (idle.heap() != null && loaded.heap() != null) {
            System.out.printf(
                    Locale.ROOT,
                    "sync-service: live heap %.0f MiB idle, %.0f MiB with %d hanging (%.1f KiB"
                            + " each); RSS %d MiB idle, %d MiB hanging (%.1f KiB each);"
                            + " open files %d -> %d; CPU while they hang idle %.1f %% of a core%n",
                    idle.heap().bytes() / 1048576.0,
                    loaded.heap().bytes() / 1048576.0,
                    perReplica,
                    (loaded.heap().bytes() - idle.heap().bytes()) / 1024.0 / perReplica,
                    idle.rss() >> 20,
                    loaded.rss() >> 20,
                    (loaded.rss() - idle.rss()) / 1024.0 / perReplica,
                    idle.openFiles(),
                    loaded.openFiles(),
                    idleCpu);
            System.out.print(loaded.heap().growthSince(idle.heap(), perReplica, 12));
        }
        System.out.println("errors: " + errors);
        System.out.printf(
                Locale.ROOT,
                "| %,d | %s | %.1f s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %d lost, %d errors |%n",
                phones,
                http2 ? "h2c" : "HTTP/1.1",
                arrivalSeconds,
                ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.90)),
                ms(percentile(sorted, 0.99)),
                ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                idle.heap() == null
                        ? "-"
                        : String.format(
                                Locale.ROOT,
                                "%.1f KiB",
                                (loaded.heap().bytes() - idle.heap().bytes())
                                        / 1024.0
                                        / perReplica),
                idle.heap() == null
                        ? "-"
                        : String.format(
                                Locale.ROOT,
                                "%.1f KiB",
                                (loaded.rss() - idle.rss()) / 1024.0 / perReplica),
                Double.isNaN(idleCpu) ? "-" : String.format(Locale.ROOT, "%.1f %%", idleCpu),
                result.lost(),
                errors.total());
    }

    /**
     * Where the wake time went, from the services' own timers (their last two minutes): the outbox
     * row inserted to Kafka's acknowledgement (sync-service), the record's timestamp to its arrival
     * in a dispatcher, its arrival to its wakes published, and the SMS queued to its wakes
     * published (each dispatcher replica).
     */
    private static void stages(HttpClient scraper, URI server, String dispatchers) {
        StringBuilder text = new StringBuilder("stages (p50 / p99, ms):");
        try {
            ServiceMetrics sync = ServiceMetrics.scrape(scraper, server.toString());
            text.append(stage(" outbox row to Kafka ack", sync, "eas_outbox_lag_seconds"));
            text.append(",").append(stage(" of which the send", sync, "eas_outbox_send_seconds"));
            text.append(",")
                    .append(stage(" wake received to answer", sync, "eas_hanging_answer_seconds"));
            for (String dispatcher : dispatchers.split(",")) {
                ServiceMetrics relay = ServiceMetrics.scrape(scraper, dispatcher);
                text.append(";")
                        .append(stage(" Kafka transit", relay, "eas_relay_transit_seconds"));
                text.append(",")
                        .append(stage(" received to woken", relay, "eas_relay_dispatch_seconds"));
                text.append(",")
                        .append(stage(" queued to wake published", relay, "eas_relay_lag_seconds"));
                text.append(" (").append(dispatcher).append(")");
            }
        } catch (Exception e) {
            text.append(" not available: ").append(e.getMessage());
        }
        System.out.println(text);
    }

    /**
     * The machine's floor right after the wakes, with the phones still hanging ({@link
     * FloorProbe}): the wake latency is read beside it, as a ratio.
     */
    private static String floor(Map<String, String> options, int samples, int rate) {
        String[] redis = options.getOrDefault("redis", "127.0.0.1:6379").split(":");
        try (FloorProbe probe =
                new FloorProbe(
                        options.getOrDefault("kafka", "127.0.0.1:9092"),
                        redis[0],
                        Integer.parseInt(redis[1]))) {
            FloorProbe.Result floor = probe.measure(50, samples, rate);
            return String.format(
                    Locale.ROOT,
                    "floor in this run (bare Kafka producer to consumer on the same broker, then a"
                            + " Redis PUBLISH to a subscriber; %d records at %d/s): Kafka p50 %.1f"
                            + " / p99 %.1f ms, whole p50 %.1f / p90 %.1f / p99 %.1f ms",
                    samples,
                    rate,
                    ms(percentile(floor.kafka(), 0.50)),
                    ms(percentile(floor.kafka(), 0.99)),
                    ms(percentile(floor.whole(), 0.50)),
                    ms(percentile(floor.whole(), 0.90)),
                    ms(percentile(floor.whole(), 0.99)));
        } catch (Exception e) {
            return "floor not measured: " + e;
        }
    }

    private static String stage(String name, ServiceMetrics metrics, String timer) {
        return String.format(
                Locale.ROOT,
                "%s %.1f / %.1f",
                name,
                metrics.quantile(timer, "0.5") * 1000,
                metrics.quantile(timer, "0.99") * 1000);
    }

    private interface Condition {
        boolean holds(double hanging);
    }

    /** Waits until the replicas' hanging-request gauges meet the condition; returns their sum. */
    private static double waitFor(
            HttpClient scraper, List<URI> servers, Condition condition, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        double now = hanging(scraper, servers);
        while (!condition.holds(now) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
            now = hanging(scraper, servers);
        }
        return now;
    }

    /** Hanging requests over all the replicas. */
    private static double hanging(HttpClient scraper, List<URI> servers) throws Exception {
        double sum = 0;
        for (URI server : servers) {
            sum += ServiceMetrics.scrape(scraper, server.toString()).value("eas_hanging_requests ");
        }
        return sum;
    }

    /**
     * The loopback addresses to connect from: as given, or enough for the phones at 20,000 each (an
     * address has about 28,000 ephemeral ports towards one server port).
     */
    private static List<String> sources(String given, int connections) {
        List<String> sources = new ArrayList<>();
        if (given != null) {
            sources.addAll(List.of(given.split(",")));
        } else {
            for (int i = 0; i <= (connections - 1) / 20_000; i++) {
                sources.add("127.0.0." + (i + 1));
            }
        }
        return sources;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
